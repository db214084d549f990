import type { LanguageCues } from './types';

export const fr: LanguageCues = {
  negation: `
    ne, n', pas, jamais, rien, personne, aucun, aucune, ni, sans, non, guère, plus jamais
  `,
  intensifier: `
    très, trop, tellement, vraiment, extrêmement, totalement, complètement, absolument, super, hyper,
    tout à fait, si, particulièrement, profondément, incroyablement, vachement, grave
  `,
  diminisher: `
    peu, un peu, assez, légèrement, plutôt, presque
  `,
  contrast: `
    mais, cependant, pourtant, toutefois, néanmoins, malheureusement, bien que
  `,
  urgency: `
    urgent*, urgence, immédiatement, tout de suite, dès que possible, au plus vite, au plus tôt,
    rapidement, vite, sans délai, sans tarder, maintenant, asap, besoin d'une réponse, répondez
  `,
  deadline: `
    d'ici demain, avant demain, pour demain, aujourd'hui, demain, cette semaine, avant lundi,
    avant vendredi, d'ici lundi, d'ici vendredi, sous # heures, sous # jours, dans # heures,
    dans # jours, délai, date limite, au plus tard
  `,
  repeat: `
    encore, encore une fois, à nouveau, de nouveau, deuxième fois, troisième fois, quatrième fois,
    # fois, plusieurs fois, combien de fois, toujours pas, toujours rien, toujours, j'attends toujours,
    toujours en attente, chaque fois, à chaque fois, sans réponse, aucune réponse, personne ne répond,
    déjà appelé, déjà écrit, déjà dit, depuis des semaines, depuis des jours, depuis des mois,
    # semaines, # jours, ignorez, ignoré
  `,
  churn: `
    annuler*, annulez, annulation, résilier*, résiliation, désabonn*, fermer mon compte,
    supprimer mon compte, clôturer, passer chez, aller chez, concurrent*, plus jamais, dernière fois,
    rembours*, mon argent, retourner, renvoyer, autre fournisseur, autre opérateur
  `,
  escalation: `
    avocat*, procès, tribunal, justice, plainte, porter plainte, poursuite*, poursuivre, juridique,
    association de consommateurs, ufc, que choisir, dgccrf, médiateur, signalement, responsable,
    supérieur, manager, directeur, réseaux sociaux, ma banque, rétrofacturation, opposition, police,
    réclamation formelle
  `,
  anxiety: `
    inquiet*, inquiète, inquiétude, peur, effray*, nerveu*, anxieu*, angoiss*, paniqu*, désespér*,
    stressé*, piraté*, fraude, escroquerie, volé, vol, et si, aidez-moi, aidez moi, à l'aide, aide,
    j'espère, espère, je ne sais pas si, perdre
  `,
  confusion: `
    je ne comprends pas, comprends pas, pas compris, confus*, comment faire, comment puis-je,
    comment je, qu'est-ce que, ça veut dire, où est, où puis-je, quel est, quelle est, pourquoi,
    je ne sais pas, aucune idée, n'a aucun sens, pas de sens, que s'est-il passé, que dois-je,
    pouvez-vous expliquer, expliquer, est-il possible, question, questions
  `,
  swearing: `
    merde*, putain*, bordel, con, conne, connerie*, chier, fait chier, foutre, fout, foutu*, bon sang,
    zut, mince, punaise, saloperie*, enfoiré*, bordel de merde, ptn, wtf
  `,
  insult: `
    idiot*, stupide*, imbécile*, incompétent*, inutile*, nul, nuls, nulle, clown*, escroc*, voleur*,
    menteur*, minable*, pathétique, lamentable, honte, honteux, arnaque*, arnaqueur*, bande de, guignol*
  `,
  anger: `
    furieu*, scandalis*, scandaleux, inadmissible, inacceptable, ridicule, absurde, marre, j'en ai marre,
    ras le bol, ras-le-bol, déteste, colère, énervé*, fâché*, comment osez-vous, c'est une honte,
    honteux, horrible, terrible, pire, le pire, dégoûtant, dégoût*, incroyable, exaspér*, inouï, assez
  `,
  frustration: `
    frustr*, déçu*, décevant*, déception, perte de temps, perdre mon temps, fatigué*, pas content*,
    mécontent*, insatisfait*, agaç*, agacé*, toujours la même, personne, sérieusement, encore,
    s'il vous plaît, pas possible, mauvais service, service déplorable, déplorable, lassé*
  `,
  gratitude: `
    merci*, merci beaucoup, remercie*, reconnaissant*, excellent*, génial, parfait*, super, top,
    formidable, merveilleu*, résolu, réglé, fonctionne, ça marche, marche, ravi*, content*, heureu*,
    fantastique, bravo, aimable, efficace
  `,
  problem: `
    ne fonctionne pas, fonctionne pas, ne marche pas, marche pas, ne charge pas, impossible de,
    je n'arrive pas, erreur*, bug, bogue, panne, plant*, cassé*, endommagé*, défectueu*,
    débité deux fois, prélevé deux fois, double prélèvement, prélèvement, facturé, incorrect*, erroné*,
    manquant*, manque, pas reçu, jamais reçu, pas arrivé, jamais arrivé, pas livré, retard*, bloqué*,
    perdu*, refusé*, annulé*, vide
  `,
};
