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
  conjunction: `
    et, ou
  `,
  urgency: `
    urgent*, urgence, immédiatement, tout de suite, dès que possible, au plus vite, au plus tôt,
    rapidement, vite, sans délai, sans tarder, _ maintenant $, asap, besoin d'une réponse, répondez,
    MAINTENANT
  `,
  deadline: `
    aujourd'hui même, d'ici ce soir, avant ce soir, dès aujourd'hui,
    d'ici demain, avant demain, pour demain, avant lundi, avant mardi, avant mercredi, avant jeudi,
    avant vendredi, avant samedi, avant dimanche, d'ici lundi, d'ici vendredi, d'ici samedi, pour lundi,
    pour vendredi, pour samedi, jusqu'à lundi, jusqu'à vendredi, jusqu'à samedi, sous # heures,
    sous # jours, dans # heures, dans # jours, délai, date limite, au plus tard, à temps, dans les temps,
    avant le week-end
  `,
  repeat: `
    deuxième fois, troisième fois, quatrième fois, # fois, trois fois, quatre fois, cinq fois, à plusieurs reprises, plusieurs fois, combien de fois, toujours pas,
    toujours rien, tjrs pas, tjs pas, tjrs rien, toujours, j'attends toujours, toujours en attente,
    chaque fois, à chaque fois, sans réponse, aucune réponse, personne ne répond, personne ne me répond,
    déjà appelé, déjà écrit, déjà dit, déjà signalé, déjà contacté, depuis des semaines, depuis des jours,
    depuis des mois, depuis deux semaines, depuis trois semaines, depuis une semaine, il y a deux semaines,
    il y a trois semaines, # semaines, # jours, ignorez, ignoré, quelqu'un va, il y a quelqu'un,
    des nouvelles, du nouveau, encore pas, encore raté, encore impossible, encore en retard,
    encore en panne, de nouveau en panne, il y a _ jours, il y a _ semaines, depuis _ jours,
    depuis _ semaines, ça fait _ jours, ça fait _ semaines,
    depuis un mois, depuis plus d'un mois, depuis # mois, il y a un mois, j'attends depuis, j'attends mon,
    j'attends ma, j'attends le, j'attends la, j'attends ma
  `,
  churn: `
    annuler*, annulez, annulation, résili*, résiliation, désabonn*, fermer mon compte,
    supprimer mon compte, clôturer, passer chez, aller chez, concurrent*, plus jamais, dernière fois,
    remboursez-moi, remboursez, être remboursé*, mon argent, retourner, autre fournisseur,
    autre opérateur
  `,
  escalation: `
    avocat*, procès, tribunal, justice, plainte, porter plainte, poursuite*, poursuivre, juridique,
    association de consommateurs, ufc, que choisir, dgccrf, médiateur, signalement, responsable,
    supérieur, manager, directeur, réseaux sociaux, ma banque, rétrofacturation, opposition, police,
    réclamation formelle
  `,
  anxiety: `
    inquiet*, inquiète, inquiétude, peur, effray*, nerveu*, anxieu*, angoiss*, paniqu*, désespér*,
    stressé*, piraté*, fraude, escroquerie, volé, et si, aidez-moi, aidez moi, à l'aide,
    je ne sais pas si, qu'est-ce que je fais, que faire, ce n'est pas moi
  `,
  confusion: `
    je ne comprends pas, comprends pas, pas compris, pas bien compris, confus*, comment faire,
    comment puis-je, comment je, comment on, comment ça marche, comment fonctionne, comment changer,
    comment modifier, comment annuler, comment trouver, comment activer, comment supprimer,
    comment ajouter, comment payer, comment récupérer, que veut dire, ça veut dire, que signifie,
    où trouver, où puis-je, où je trouve, où se trouve, je trouve pas, je ne trouve pas,
    quelle différence, la différence entre, laquelle, lequel, quelle offre, je ne sais pas comment,
    je sais pas comment, je ne sais pas où, aucune idée, n'a aucun sens, pas de sens, que dois-je,
    pouvez-vous expliquer, pas sûr de comprendre, pas sûre de comprendre, je ne vois pas comment,
    je vois pas comment, pas clair
  `,
  swearing: `
    merde*, putain*, bordel, con, conne, connerie*, chier, fait chier, foutre, fout, foutu*, bon sang,
    zut, mince, punaise, saloperie*, enfoiré*, bordel de merde, ptn, wtf
  `,
  insult: `
    idiot*, stupide*, imbécile*, incompétent*, incapable*, inutile*, nul, nuls, nulle, clown*,
    escroc*, voleur*, menteur*, minable*, pathétique, lamentable, honte, honteux, arnaque*, arnaqueur*,
    bande de, guignol*
  `,
  anger: `
    furieu*, scandalis*, scandaleux, inadmissible, inacceptable, ridicule, absurde, déteste, colère,
    énervé*, fâché*, comment osez-vous, c'est une honte, honteux, horrible, terrible, pire, le pire,
    dégoûtant, dégoût*, exaspér*, inouï, merci pour rien, c'est une blague, se moquer, se moque*
  `,
  frustration: `
    frustr*, déçu*, décevant*, déception, perte de temps, perdre mon temps, fatigué*, pas content*,
    mécontent*, insatisfait*, agaç*, agacé*, toujours la même, personne, sérieusement, pas possible,
    mauvais service, service déplorable, déplorable, lassé*, marre, j'en ai marre, ras le bol, ras-le-bol,
    j'en ai assez, en ai assez, commence à bien faire, pénible,
    rien ne marche, rien ne fonctionne
  `,
  gratitude: `
    merci*, merci beaucoup, remercie*, reconnaissant*, excellent*, génial, parfait*, super, top,
    formidable, merveilleu*, résolu, réglé, fonctionne, ça marche, marche, ravi*, content*, heureu*,
    fantastique, bravo, aimable, efficace, féliciter, tout est bon
  `,
  problem: `
    me déconnecte, me déconnectent, plante, se ferme tout seul, se ferme toute seule, se fige,
    ne fonctionne pas, fonctionne pas, ne marche pas, marche pas, ne charge pas, impossible de,
    je n'arrive pas, erreur*, bug, bogue, panne, plant*, cassé*, endommagé*, défectueu*, débité deux fois,
    prélevé deux fois, double prélèvement, débité, prélevé, incorrect*, erroné*, manquant*, manque,
    il manque, pas reçu, jamais reçu, pas arrivé, jamais arrivé, pas livré, retard*, bloqué*, perdu*,
    refusé*, annulé*, vide, incomplet*, ne passe pas, personne n'est venu, retourné à l'expéditeur,
    facturé deux fois, facturé _ fois, débité _ deux fois, prélevé _ deux fois, deux prélèvements,
    double débit,
    écrasé*, brisé*, fissuré*, rayé*, abîmé*, déchiré*, au lieu du, au lieu de la, au lieu des, au lieu d',
    indique livré, marqué livré, marqué comme livré, indiqué comme livré, affiché livré, rien reçu,
    jamais autorisé*, pas autorisé*, je ne reconnais pas, disparu*, effacé*, supprimé*, impoli*,
    désagréable*, irrespectueu*, grossier*, grossière*, méprisant*, raccroché*, n'est pas venu*,
    n'est jamais venu*, ne sont pas venus, ne sont jamais venus, ne s'est pas présenté*,
    ne s'est jamais présenté*, personne n'a appelé, personne ne m'a rappelé, jamais rappelé, pas rappelé,
    en attente depuis, en attente au téléphone, mis en attente, heure d'attente, heures d'attente,
    a augmenté, ont augmenté, plus cher, frais cachés, ne ressemble pas, ne ressemble en rien,
    ne correspond pas, pas conforme, non conforme, couleur différente, ne s'allume plus, ne s'allume pas,
    ne démarre pas, ne démarre plus, ne se connecte pas, ne se connecte plus, ne charge plus,
    ne fonctionne plus, ne marche plus, pas pris en compte, pas été pris en compte, pas appliqué*,
    non appliqué*, invalide, expiré*, ancienne adresse, mauvaise adresse, mauvais article, mauvaise taille,
    mauvaise couleur
  `,
  timeframe: `
    aujourd'hui, demain, ce soir, cette semaine, ce week-end
  `,
  object: `
    commande*, contrat*, colis, livraison*, livreur*, suivi, remboursement*, paiement*, prélèvement*, facture*,
    compte, mot de passe, appli*, application, site, carte*, abonnement*, article*, produit*,
    téléphone*, internet, virement*, iban,
    magasin*, boutique, livr*, envoi*, argent, prix, stock,
    technicien*, installateur*, réparateur*, intervention*, rendez-vous, rdv, visite, conseiller*,
    conseillère*, vendeu*, employé*, agent*, personnel, opérateur*, service client, sav, hotline, mail*,
    e-mail*, courriel*, message*, réponse, rappel, appel*, photos, fichiers, données, documents, écran*,
    appareil*, ordinateur*, mise à jour, relevé, frais, transaction*, code promo, réduction*, adresse,
    garantie, retour*, échange, installation, même problème
  `,
  request: `
    s'il vous plaît, svp, merci de, pourriez-vous, pouvez-vous, pourrais-je, puis-je, est-ce que je peux,
    je voudrais, je souhaiterais, j'aimerais, est-il possible, est-ce possible, merci d'avance,
    merci par avance, je veux
  `,
  greeting: `
    madame monsieur, madame, monsieur, cordialement, bien cordialement, bien à vous, salutations distinguées,
    veuillez agréer, sincères salutations,
    j'espère que vous allez bien
  `,
};
