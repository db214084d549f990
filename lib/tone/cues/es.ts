import type { LanguageCues } from './types';

export const es: LanguageCues = {
  negation: `
    no, nunca, jamás, nada, nadie, ninguno, ninguna, ningún, ni, sin, tampoco, apenas
  `,
  intensifier: `
    muy, tan, tanto, demasiado, súper, super, extremadamente, totalmente, completamente, absolutamente,
    realmente, sumamente, increíblemente, bastante, tremendamente, enormemente, re, mega, harto
  `,
  diminisher: `
    poco, un poco, algo, ligeramente, casi, medio
  `,
  contrast: `
    pero, sin embargo, aunque, no obstante, lamentablemente, desafortunadamente
  `,
  conjunction: `
    y, e, o, u
  `,
  urgency: `
    urgente*, urgencia, inmediatamente, de inmediato, ya mismo, cuanto antes, lo antes posible, lo más pronto,
    rápido, rápidamente, emergencia, prisa, sin demora, necesito una respuesta, respondan, ahora mismo,
    _ ya $, _ ahora $, lo antes que puedan, lo más rápido posible, de una vez,
    YA, AHORA
  `,
  deadline: `
    antes de esta noche, para esta noche,
    para mañana, hasta mañana, antes de mañana, para hoy, hoy mismo, antes del lunes, antes del martes,
    antes del miércoles, antes del jueves, antes del viernes, antes del sábado, antes del domingo,
    para el lunes, para el martes, para el miércoles, para el jueves, para el viernes, para el sábado,
    hasta el lunes, hasta el viernes, en # horas, en # días, dentro de # horas, dentro de # días, plazo,
    fecha límite, a más tardar, a tiempo, antes del fin de semana
  `,
  repeat: `
    una vez más, segunda vez, tercera vez, cuarta vez, # veces, tres veces, cuatro veces, cinco veces, varias veces, muchas veces, cuántas veces,
    todavía no, aún no, sigo esperando, seguimos esperando, sigue sin, siguen sin, sigo sin, todavía, aún,
    cada vez, sin respuesta, sin noticias, nadie responde, nadie contesta, nadie me responde,
    nadie me contesta, nadie da la cara, ninguna respuesta, ya llamé, ya escribí, ya les dije,
    ya lo reporté, ya reporté, ya avisé, hace semanas, hace días, hace meses, hace dos semanas,
    hace tres semanas, # semanas, # días, dos semanas, tres semanas, ignoran, me ignoran, alguna novedad,
    hay novedades, alguien me va, hay alguien, todavía nada, aún nada, otra vez no, otra vez lo mismo,
    otra vez sin, de nuevo no, de nuevo sin, hace _ días, hace _ semanas, llevo _ días, llevo _ semanas,
    desde hace _ días, desde hace _ semanas
  `,
  churn: `
    cancelar*, cancelen, cancelo, darme de baja, dar de baja, me doy de baja, cerrar mi cuenta,
    eliminar mi cuenta, cambiarme a, me cambio de, me voy con, me voy a otra, competencia, nunca más,
    no vuelvo, no volveré, última vez, quiero un reembolso, quiero el reembolso, quiero mi reembolso,
    reembólsenme, reembolso completo, devuelvan, devuélvanme, mi dinero, otra empresa, otra compañía
  `,
  escalation: `
    abogado*, demanda*, denuncia*, denunciar, denuncio, juicio, tribunal*, legal, acciones legales, profeco,
    en consumo, a consumo, oficina de consumo, defensa del consumidor, oficina del consumidor, reclamación,
    reclamo, hoja de reclamaciones, queja formal, queja, supervisor*, gerente, encargado, responsable,
    redes sociales, mi banco, contracargo, policía
  `,
  anxiety: `
    preocupad*, preocupa, miedo, asustad*, nervios*, ansiedad, ansios*, temo, temor, pánico, desesperad*,
    estresad*, hackead*, fraude, robo, robaron, qué pasa si, por favor ayuda, ayúdenme, necesito ayuda,
    ojalá, no sé si, perdí mi dinero, perder mi dinero, inseguro, qué hago, que hago, no sé qué hacer,
    qué puedo hacer, no fui yo, no reconozco
  `,
  confusion: `
    no entiendo, no comprendo, no entendí, confundid*, confus*, cómo puedo, cómo hago, cómo se,
    cómo funciona, cómo cambio, cómo cambiar, cómo activo, cómo cancelo, cómo pago, cómo accedo,
    cómo encuentro, cómo recupero, cómo descargo, cómo uso, cómo configuro, cómo elimino, cómo agrego,
    qué significa, qué quiere decir, dónde puedo, dónde encuentro, dónde veo, dónde lo veo, dónde pongo,
    dónde se, no encuentro dónde, no encuentro la opción, cuál es la diferencia, diferencia entre,
    cuál elijo, cuál debo, cuál me conviene, no me queda claro, no estoy segur* de entender, no sé si entiendo, no termino de entender, no está claro, no lo tengo claro,
    no sé cuál, no sé cómo, no sé dónde, no tengo idea, ni idea, no tiene sentido, qué debo,
    me pueden explicar, pueden explicar, explíquenme, me explican, me perdí, estoy perdid*, me lío
  `,
  swearing: `
    mierda*, joder, jodid*, puta, puto, putas, carajo, coño, cabrón, cabrones, hostia*, verga, chingad*,
    pinche*, mamada*, pendej*, gilipollas, maldit*, diablos, demonios, culo, cagad*, cagaron
  `,
  insult: `
    idiota*, estúpid*, imbécil*, inútil*, incompetente*, payaso*, estafador*, estafa*, ladrón, ladrones,
    ladrona*, mentiros*, patétic*, basura, porquería, vergüenza, sinvergüenza*, ineptos, inepto, ratas,
    rateros, timo, chorros
  `,
  anger: `
    furios*, indignad*, indignante, inaceptable, ridícul*, absurd*, odio, enfadad*, enojad*, cabread*,
    cómo se atreven, es una vergüenza, vergonzoso, horrible, terrible, pésim*, lo peor, peor, asqueros*,
    indignación, rabia, basta, gracias por nada, cómo es posible, es el colmo, tomadura de pelo,
    me toman el pelo, es un robo, esto es un robo, una burla, qué vergüenza
  `,
  frustration: `
    frustrad*, frustrante, decepcion*, decepcionante, pérdida de tiempo, perder el tiempo, cansad*,
    no estoy contento, no estoy contenta, insatisfech*, molesto, molesta, siempre lo mismo, nadie,
    en serio, no puede ser, mal servicio, pésimo servicio, desesperante, qué pena, harto, harta, hartos,
    hartas, estoy hasta, hasta las narices, hasta el gorro, ya no aguanto, qué pesadez, pesadez,
    qué rollo, me tienen cansad*,
    nada funciona
  `,
  gratitude: `
    gracias, muchas gracias, mil gracias, agradezco, agradecid*, agradecer, se agradece, excelente, genial,
    perfecto, perfecta, maravillos*, increíble servicio, resuelto, todo resuelto, solucionado, funciona,
    ya funciona, encantad*, feliz, content*, fantástic*, buenísim*, estupendo, amable, bien hecho,
    todo bien
  `,
  problem: `
    perdieron, extraviad*,
    me cierra la sesión, me saca de la app*, me echa de la app*, se cierra sola, se cierra solo, se congela,
    se traba, se queda colgad*,
    no funciona, no sirve, dejó de funcionar, no carga, no puedo entrar, no puedo acceder, no me deja,
    error*, fallo*, falla*, roto, rota, dañad*, defectuos*, cobro doble, cobraron dos veces, me cobraron,
    me cobran, cobro, cargo, incorrect*, equivocad*, falta, faltan, no llegó, no llega, no ha llegado,
    no me llegó, no recibí, no he recibido, retrasad*, retraso, demora, tarde, bloquead*, perdid*,
    rechazad*, cancelaron, sin envío, incomplet*, se cierra, se cuelga, no abre, no vino, no viene, no pasó,
    devuelto al remitente, cobrado dos veces, cobrasteis, habéis cobrado, cobro duplicado, cargo duplicado,
    dos cargos, dos cobros, cobrado _ dos veces,
    no me han llegado, no me ha llegado, no han llegado, no les ha llegado, no le ha llegado, aplastad*,
    rajad*, agrietad*, rayad*, golpead*, abollad*, en vez de, en lugar de, dice entregado,
    figura como entregado, aparece como entregado, marcado como entregado, no reconozco, no autoricé,
    no he autorizado, está caída, está caído, se cayó, se borraron, se borró, borrad*, desaparecid*,
    maleducad*, grosero, grosera, groseros, groseras, irrespetuos*, me colgó, me colgaron, no se presentó,
    nadie vino, nadie llamó, nadie me llamó, nadie me contestó, nadie me respondió, en espera, subió,
    ha subido, más caro, cargos ocultos, no se parece, no coincide, no corresponde, no es lo que pedí,
    no se aplicó, no se aplica, no se ha aplicado, no aplicó, inválid*, caducad*, no se conecta,
    no conecta, no enciende, no se enciende, no arranca, ya no funciona, dirección antigua,
    hackearon, hackead*, jaquead*,
    borraron, borró, se me borr*
  `,
  timeframe: `
    hoy, mañana, esta semana, este fin de semana
  `,
  object: `
    pedido*, contrato*, paquete*, envío*, entrega*, seguimiento, repartidor*, mensajero, reembolso*, devolución,
    pago*, cobro*, cargo*, factura*, recibo, cuenta, contraseña, app, aplicación, web, página, tarjeta*,
    suscripción, plan, producto*, artículo*, reserva*, compra*, móvil, celular, internet, transferencia,
    tienda*, envi*, dinero, precio, precios, stock,
    técnico*, instalador*, visita, cita*, agente*, dependient*, emplead*, personal, operador*, asesor*,
    atención al cliente, servicio al cliente, soporte, correo*, email*, mail, mensaje*, respuesta,
    llamada*, fotos, archivos, datos, documentos, pantalla*, dispositivo, ordenador, portátil, teléfono,
    actualización, extracto, comisión*, transacción*, código, descuento*, cupón, dirección, garantía,
    cambio, instalación, mismo problema
  `,
  request: `
    por favor, porfa, podrían, podrías, pueden, puedes, puedo, quisiera, quería, me gustaría, necesito,
    es posible, se puede, me pueden, me podrían, gracias de antemano, gracias por adelantado, quiero
  `,
  greeting: `
    estimados señores, estimado señor, estimada señora, estimados, estimada, estimado, atentamente,
    saludos cordiales, un saludo, saludos, cordialmente,
    buenos días, buenas tardes, buenas noches, buen día, espero que estén bien
  `,
};
