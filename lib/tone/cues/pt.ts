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
  urgency: `
    urgente*, urgência, imediatamente, já, agora mesmo, o quanto antes, o mais rápido possível, rápido,
    depressa, emergência, sem demora, preciso de uma resposta, respondam, com urgência
  `,
  deadline: `
    até amanhã, para amanhã, até hoje, hoje, amanhã, esta semana, essa semana, até segunda, até sexta,
    antes de sexta, em # horas, em # dias, dentro de # horas, dentro de # dias, prazo, no máximo
  `,
  repeat: `
    de novo, novamente, outra vez, mais uma vez, segunda vez, terceira vez, quarta vez, # vezes,
    várias vezes, muitas vezes, quantas vezes, ainda não, continuo esperando, continuo aguardando,
    ainda aguardando, ainda esperando, continua, ainda, toda vez, sem resposta, ninguém responde,
    ninguém atende, nenhuma resposta, já liguei, já mandei, já falei, há semanas, há dias, há meses,
    # semanas, # dias, ignoram
  `,
  churn: `
    cancelar*, cancelem, cancelo, cancelamento, encerrar minha conta, excluir minha conta, fechar minha conta,
    mudar para, vou para, concorrente*, nunca mais, não volto, última vez, reembolso*, estorno*,
    devolução, devolver, meu dinheiro, dinheiro de volta, outra empresa, outra operadora
  `,
  escalation: `
    advogad*, processo, processar, justiça, judicial, procon, reclame aqui, reclameaqui, consumidor.gov,
    anatel, denúncia, denunciar, ouvidoria, supervisor*, gerente, responsável, redes sociais, meu banco,
    chargeback, contestação, polícia, reclamação formal
  `,
  anxiety: `
    preocupad*, preocupa, medo, assustad*, nervos*, ansios*, ansiedade, pânico, desesperad*, estressad*,
    hackead*, fraude, golpe, roubo, roubaram, clonad*, e se, por favor ajuda, me ajudem, socorro, ajuda,
    espero, tomara, não sei se, perder
  `,
  confusion: `
    não entendo, não entendi, nao entendo, confus*, como faço, como posso, como eu, o que significa,
    onde está, onde fica, onde posso, qual é, por que, porque, não sei, nao sei, não faço ideia,
    sem sentido, não faz sentido, o que aconteceu, o que devo, podem explicar, explicar, explica,
    é possível, dúvida, dúvidas
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
    furios*, revoltad*, revoltante, indignad*, inaceitável, ridícul*, absurd*, cansei, cansad*, farto,
    odeio, raiva, irritad*, puto da vida, como vocês ousam, é uma vergonha, vergonhoso, horrível,
    terrível, péssim*, o pior, pior, nojento, inacreditável, chega, basta
  `,
  frustration: `
    frustrad*, frustrante, decepcion*, perda de tempo, perdendo tempo, cansado, cansada,
    não estou satisfeit*, insatisfeit*, chateado, chateada, chato, sempre a mesma, ninguém, sério,
    de novo, por favor, não é possível, mau atendimento, péssimo atendimento, descaso, triste, lamentável
  `,
  gratitude: `
    obrigad*, muito obrigado, agradeço, agradecid*, valeu, vlw, excelente, ótimo, ótima, perfeito,
    perfeita, maravilhos*, resolvido, resolveu, funcionou, já funciona, feliz, content*, fantástic*,
    show, top, adorei, amei, parabéns, gentil, atencios*
  `,
  problem: `
    não funciona, nao funciona, parou de funcionar, não carrega, não consigo entrar, não consigo acessar,
    erro*, falha*, quebrad*, danificad*, defeito*, cobrança dupla, cobrado duas vezes, cobraram,
    cobrança, incorret*, errad*, faltando, falta, não chegou, nao chegou, não recebi, nao recebi,
    atrasad*, atraso, demora, bloquead*, perdid*, recusad*, travad*, trava, cancelaram
  `,
};
