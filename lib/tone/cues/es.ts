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
  urgency: `
    urgente*, urgencia, inmediatamente, de inmediato, ya mismo, cuanto antes, lo antes posible, lo más pronto,
    rápido, rápidamente, emergencia, prisa, sin demora, necesito una respuesta, respondan, ahora mismo
  `,
  deadline: `
    para mañana, hasta mañana, antes de mañana, para hoy, hoy mismo, hoy, mañana, esta semana,
    antes del lunes, antes del viernes, para el lunes, para el viernes, en # horas, en # días,
    dentro de # horas, dentro de # días, plazo, fecha límite, a más tardar, fin de semana
  `,
  repeat: `
    otra vez, de nuevo, nuevamente, una vez más, segunda vez, tercera vez, cuarta vez, # veces,
    varias veces, muchas veces, cuántas veces, todavía no, aún no, sigo esperando, seguimos esperando,
    sigue sin, siguen sin, todavía, aún, cada vez, sin respuesta, nadie responde, nadie contesta,
    ninguna respuesta, ya llamé, ya escribí, ya les dije, hace semanas, hace días, hace meses, # semanas,
    # días, ignoran, me ignoran
  `,
  churn: `
    cancelar*, cancelen, cancelo, baja, darme de baja, dar de baja, cerrar mi cuenta, eliminar mi cuenta,
    cambiarme a, me cambio, me voy a, competencia, nunca más, no vuelvo, no volveré, última vez,
    reembols*, devolución, devuelvan, devolver, mi dinero, otra empresa, otra compañía
  `,
  escalation: `
    abogado*, demanda*, denuncia*, denunciar, juicio, tribunal*, legal, acciones legales, profeco,
    consumo, defensa del consumidor, oficina del consumidor, reclamación, reclamo, hoja de reclamaciones,
    queja formal, queja, supervisor*, gerente, encargado, responsable, redes sociales, mi banco,
    contracargo, policía
  `,
  anxiety: `
    preocupad*, preocupa, miedo, asustad*, nervios*, ansiedad, ansios*, temo, temor, pánico, desesperad*,
    estresad*, hackead*, fraude, robo, robaron, estafa*, qué pasa si, por favor ayuda, ayúdenme, ayuda,
    ojalá, espero, no sé si, perder, inseguro
  `,
  confusion: `
    no entiendo, no comprendo, no entendí, confundid*, confus*, cómo puedo, cómo hago, cómo se,
    qué significa, dónde está, dónde puedo, cuál es, por qué, no sé, no tengo idea, ni idea,
    no tiene sentido, qué pasó, qué debo, me pueden explicar, pueden explicar, explicar, explíquenme,
    es posible, puedo, duda, dudas
  `,
  swearing: `
    mierda*, joder, jodid*, puta, puto, putas, carajo, coño, cabrón, cabrones, hostia*, verga, chingad*,
    pinche*, mamada*, pendej*, gilipollas, maldit*, diablos, demonios, culo, cagad*, cagaron
  `,
  insult: `
    idiota*, estúpid*, imbécil*, inútil*, incompetente*, payaso*, estafador*, ladrón, ladrones, mentiros*,
    patétic*, basura, porquería, vergüenza, sinvergüenza*, ineptos, inepto, ratas, rateros, timo, chorros
  `,
  anger: `
    furios*, indignad*, indignante, inaceptable, ridícul*, absurd*, harto, harta, hartos, estoy hasta,
    odio, enfadad*, enojad*, molest*, cabread*, cómo se atreven, es una vergüenza, vergonzoso, horrible,
    terrible, pésim*, lo peor, peor, asqueros*, increíble, indignación, rabia, basta
  `,
  frustration: `
    frustrad*, frustrante, decepcion*, decepcionante, pérdida de tiempo, perder el tiempo, cansad*,
    no estoy contento, no estoy contenta, insatisfech*, molesto, molesta, sigo, siempre lo mismo, nadie,
    en serio, otra vez, por favor, no puede ser, mal servicio, pésimo servicio, desesperante, qué pena
  `,
  gratitude: `
    gracias, muchas gracias, mil gracias, agradezco, agradecid*, agradecer, excelente, genial, perfecto,
    perfecta, maravillos*, increíble servicio, resuelto, solucionado, funciona, ya funciona, encantad*,
    feliz, content*, fantástic*, buenísim*, estupendo, amable, bien hecho
  `,
  problem: `
    no funciona, no sirve, dejó de funcionar, no carga, no puedo entrar, no puedo acceder, no me deja,
    error*, fallo*, falla*, roto, rota, dañad*, defectuos*, cobro doble, cobraron dos veces, me cobraron,
    cobro, cargo, incorrect*, equivocad*, falta, faltan, no llegó, no ha llegado, no me llegó, no recibí,
    no he recibido, retrasad*, retraso, demora, tarde, bloquead*, perdid*, rechazad*, cancelaron, sin envío
  `,
};
