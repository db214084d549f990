import type { LanguageCues } from './types';

export const pt: LanguageCues = {
  negation: `
    não, nao, nunca, jamais, nada, ninguém, nenhum, nenhuma, nem, sem, tampouco
  `,
  intensifier: `
    muito, muita, muitos, tão, tanto, demais, super, extremamente, totalmente, completamente,
    absolutamente, realmente, bastante, incrivelmente, mega, mó, bem, mais
  `,
  diminisher: `
    pouco, um pouco, meio, ligeiramente, quase
  `,
  contrast: `
    mas, porém, entretanto, contudo, no entanto, embora, infelizmente
  `,
  conjunction: `
    ou
  `,
  urgency: `
    urgente*, urgência, imediatamente, _ já $, agora mesmo, _ agora $, o quanto antes, o mais rápido possível,
    rápido, depressa, emergência, sem demora, preciso de uma resposta, respondam, com urgência,
    JÁ, AGORA
  `,
  deadline: `
    ainda hoje, hoje ainda, hoje mesmo, até hoje à noite, até à noite,
    até amanhã, para amanhã, até hoje, até segunda, até terça, até quarta, até quinta, até sexta,
    até sábado, até domingo, antes de segunda, antes de sexta, antes do sábado, antes do fim de semana,
    em # horas, em # dias, dentro de # horas, dentro de # dias, prazo, no máximo, a tempo
  `,
  repeat: `
    mais uma vez, segunda vez, terceira vez, quarta vez, # vezes, três vezes, quatro vezes, cinco vezes, várias vezes, muitas vezes, quantas vezes,
    ainda não, continuo esperando, continuo aguardando, ainda aguardando, ainda esperando, continua, ainda,
    toda vez, sem resposta, ninguém responde, ninguém me responde, ninguém atende, nenhuma resposta,
    já liguei, já mandei, já falei, já avisei, já reclamei, até agora nada, até agora, há semanas, há dias,
    há meses, há duas semanas, há três semanas, # semanas, # dias, duas semanas, três semanas, ignoram,
    alguém vai, tem alguém, alguma novidade, de novo não, de novo nao, outra vez não, de novo sem,
    de novo o mesmo, há _ dias, há _ semanas, faz _ dias, faz _ semanas,
    há uma hora, faz uma hora, há horas, faz horas, estou esperando, esperando há
  `,
  churn: `
    cancelar*, cancelem, cancelo, cancelamento, encerrar minha conta, excluir minha conta,
    fechar minha conta, trocar de operadora, mudar de operadora, concorrente*, nunca mais, não volto,
    última vez, quero meu dinheiro, meu dinheiro, dinheiro de volta, quero o reembolso, quero reembolso,
    devolvam, outra empresa, outra operadora
  `,
  escalation: `
    advogad*, processo, processar, justiça, judicial, procon, reclame aqui, reclameaqui, consumidor.gov,
    anatel, denúncia, denunciar, ouvidoria, supervisor*, gerente, responsável, redes sociais, meu banco,
    chargeback, contestação, polícia, reclamação formal
  `,
  anxiety: `
    preocupad*, preocupa, medo, assustad*, nervos*, ansios*, ansiedade, pânico, desesperad*, estressad*,
    hackead*, fraude, golpe, roubo, roubaram, clonad*, e se, por favor ajuda, me ajudem, socorro,
    tomara, não sei se, o que eu faço, o que faço, não fui eu
  `,
  confusion: `
    não entendo, não entendi, nao entendo, nao entendi, confus*, como faço, como posso, como eu faço,
    como troco, como mudo, como altero, como cancelo, como funciona, como acesso, como faz,
    o que significa, o que quer dizer, onde encontro, onde acho, onde vejo, onde posso, não acho,
    nao acho, qual plano, qual delas, qual deles, qual escolher, qual a diferença, diferença entre,
    não ficou claro, não está claro, não sei como, não sei onde, não sei qual, não faço ideia,
    sem sentido, não faz sentido, o que devo, podem explicar, explicar, explica
  `,
  swearing: `
    merda*, porra, caralho, puta, puto, pqp, vsf, fdp, droga, bosta, cacete, foda*, fodid*, desgraça*,
    maldit*, inferno, cu, caramba, poxa, aff, affs
  `,
  insult: `
    idiota*, estúpid*, imbecil*, inútil*, incompetente*, palhaç*, golpista*, ladrão, ladrões, ladroes,
    mentiros*, patétic*, lixo, vergonha, safad*, vagabund*, picaret*, otári*, burr*, porcaria
  `,
  anger: `
    furios*, revoltad*, revoltante, indignad*, inaceitável, ridícul*, absurd*, odeio, raiva, irritad*,
    puto da vida, como vocês ousam, é uma vergonha, vergonhoso, horrível, terrível, péssim*, o pior, pior,
    nojento, inacreditável, chega, basta, obrigado por nada, obrigada por nada, é piada, palhaçada
  `,
  frustration: `
    frustrad*, frustrante, decepcion*, perda de tempo, perdendo tempo, cansei, cansado, cansada, farto,
    farta, não estou satisfeit*, insatisfeit*, chateado, chateada, chato, chatice, sempre a mesma,
    ninguém, sério, não é possível, mau atendimento, péssimo atendimento, descaso, triste, lamentável,
    nada funciona
  `,
  gratitude: `
    obrigad*, muito obrigado, agradeço, agradecid*, valeu, vlw, excelente, ótimo, ótima, perfeito,
    perfeita, maravilhos*, resolvido, resolveu, funcionou, já funciona, deu certo, tudo certo, feliz,
    content*, fantástic*, show, top, adorei, amei, parabéns, gentil, atencios*, elogiar
  `,
  problem: `
    perderam, extraviad*, sumiu, sumiram,
    me desloga, me desconecta, fica caindo, trava, travando, travou, fecha sozinho, fecha sozinha, congela,
    não funciona, nao funciona, parou de funcionar, não carrega, não consigo entrar, não consigo acessar,
    erro*, falha*, quebrad*, danificad*, defeito*, cobrança dupla, cobrado duas vezes, cobraram, cobrança,
    incorret*, errad*, faltando, falta, não chegou, nao chegou, não recebi, nao recebi, atrasad*, atraso,
    demora, bloquead*, perdid*, recusad*, travad*, trava, cancelaram, incomplet*, veio errado,
    veio quebrado, não aparece, não apareceu, fecha sozinho, devolvido ao remetente, cobrou duas vezes,
    cobraram _ duas vezes, cobrado _ duas vezes, cobrança duplicada, duas cobranças,
    trincad*, rachad*, amassad*, riscad*, rasgad*, vazando, em vez do, em vez da, ao invés do,
    ao invés da, no lugar do, no lugar da, diz entregue, consta como entregue, aparece como entregue,
    marcado como entregue, não reconheço, nao reconheco, não autorizei, nao autorizei, fora do ar, caiu,
    sumiram, sumiu, apagad*, apagaram, desapareceram, desapareceu, grosso, grossa, grosseir*,
    mal-educad*, mal educad*, desligou na minha cara, desligou na cara, desligaram na cara,
    ninguém apareceu, ninguém veio, ninguém ligou, ninguém me ligou, ninguém respondeu,
    ninguém me respondeu, esperando na linha, na espera, aumentou, mais caro, taxa escondida,
    não tem nada a ver, diferente da foto, diferente do anúncio, não corresponde, não confere,
    não foi aplicado, não foi aplicada, não aplicou, inválid*, expirad*, não conecta, nao conecta,
    não liga mais, não liga, não acende, endereço antigo, hackearam, hackead*, invadiram, invadid*,
    clonad*
  `,
  timeframe: `
    hoje, amanhã, esta semana, essa semana, este fim de semana
  `,
  object: `
    pedido*, valor, valores, contrato*, encomenda*, pacote*, entrega*, entregador*, rastreio, rastreamento, reembolso*, estorno*,
    pagamento*, cobrança*, fatura*, boleto, conta, senha, app, aplicativo, site, cartão, assinatura*,
    plano, produto*, celular, internet, transferência, pix, frete,
    loja*, envi*, entreg*, dinheiro, preço, preços, estoque,
    técnico*, instalador*, visita, agendamento*, atendente*, funcionári*, vendedor*, vendedora*,
    colaborador*, operador*, suporte, atendimento, sac, e-mail*, email*, mensage*, resposta, ligação,
    ligações, chat, fotos, arquivos, dados, documentos, tela*, aparelho*, computador, notebook,
    atualização, extrato, taxa*, tarifa*, transação, cupom, desconto*, código, endereço, garantia, troca*,
    devolução*, instalação, mesmo problema
  `,
  request: `
    por favor, pfv, pf, podem, poderiam, pode, posso, gostaria, queria, preciso, dá para, dá pra,
    é possível, tem como, desde já obrigado, desde já obrigada, obrigado desde já, obrigada desde já, quero,
    eu quero
  `,
  greeting: `
    prezados, prezado senhor, prezada senhora, prezado, prezada, caro senhor, cara senhora, atenciosamente,
    cumprimentos, com os melhores cumprimentos, melhores cumprimentos, saudações,
    bom dia, boa tarde, boa noite, tudo bem, tudo bom, espero que estejam bem
  `,
};
