import type { LanguageCues } from './types';

export const de: LanguageCues = {
  negation: `
    nicht, nichts, nie, niemals, kein, keine, keinen, keinem, keiner, keines, niemand, ohne, weder,
    noch nie, kaum, nirgends
  `,
  intensifier: `
    sehr, so, total, völlig, absolut, extrem, wirklich, echt, richtig, komplett, äußerst, unglaublich,
    besonders, höchst, super, mega, voll, ziemlich, zu, dermaßen, verdammt
  `,
  diminisher: `
    etwas, ein bisschen, bisschen, leicht, kaum, eher, fast
  `,
  contrast: `
    aber, jedoch, allerdings, trotzdem, obwohl, leider
  `,
  urgency: `
    dringend*, sofort, umgehend, unverzüglich, schnellstmöglich, so schnell wie möglich, asap,
    eilig, eilt, notfall, schnell, jetzt, ohne verzögerung, brauche eine antwort, antworten sie
  `,
  deadline: `
    bis morgen, bis heute, bis montag, bis freitag, bis ende, bis spätestens, spätestens, heute, morgen,
    diese woche, innerhalb von # stunden, innerhalb von # tagen, in # stunden, in # tagen, frist*,
    bis zum #, vor dem wochenende
  `,
  repeat: `
    wieder, schon wieder, erneut, nochmal, noch einmal, zum zweiten mal, zum dritten mal, zweites mal,
    drittes mal, # mal, mehrmals, mehrfach, wie oft, immer noch, noch immer, immer noch nicht,
    noch nicht, warte immer noch, jedes mal, keine antwort, keine rückmeldung, niemand antwortet,
    niemand meldet sich, bereits angerufen, schon angerufen, schon geschrieben, bereits geschrieben,
    seit wochen, seit tagen, seit monaten, # wochen, # tagen, ignoriert
  `,
  churn: `
    kündig*, storn*, abbestell*, abmelden, konto löschen, konto schließen, account löschen, wechsle,
    wechseln zu, zur konkurrenz, konkurren*, nie wieder, nie mehr, letzte mal, erstatt*, rückerstatt*,
    geld zurück, mein geld, zurückschicken, zurücksenden, widerruf*, anderen anbieter
  `,
  escalation: `
    anwalt, anwältin, rechtsanwalt*, anwalts, klage, verklagen, gericht, rechtliche schritte, juristisch*,
    verbraucherzentrale, verbraucherschutz, schlichtungsstelle, bundesnetzagentur, beschwerde*,
    vorgesetzt*, geschäftsführ*, manager, chef, polizei, anzeige, strafanzeige, meine bank,
    rückbuchung, lastschrift zurück, soziale medien, bewertung
  `,
  anxiety: `
    sorge*, besorgt, angst, ängstlich, fürchte, befürchte, nervös, panik, verzweifelt, gestresst,
    gehackt, betrug, betrüger, gestohlen, was wenn, bitte helfen, helfen sie mir, hilfe, hoffe,
    hoffentlich, weiß nicht ob, verlieren, unsicher
  `,
  confusion: `
    verstehe nicht, verstehe das nicht, nicht verstanden, verwirr*, unklar, wie kann ich, wie mache ich,
    wie geht, was bedeutet, wo ist, wo kann ich, welche*, warum, wieso, weshalb, weiß nicht,
    keine ahnung, ergibt keinen sinn, macht keinen sinn, was ist passiert, was soll ich, erklären,
    können sie erklären, ist es möglich, frage, fragen
  `,
  swearing: `
    scheiß*, scheiss*, scheisse, verdammt*, mist, kacke, arsch*, fick*, verflucht*, verdammte scheiße,
    mistding, dreck*, zum teufel, himmel, wtf
  `,
  insult: `
    idiot*, dumm*, blöd*, bescheuert*, inkompetent*, unfähig*, nutzlos*, clown*, betrüger*, abzocke*,
    abzocker*, diebe, lügner*, erbärmlich*, lächerlich, schande, saftladen, witz, vollidiot*, deppen,
    trottel*, müll, schrott
  `,
  anger: `
    wütend, wut, stinksauer, sauer, empört, empörend, inakzeptabel, unverschämt*, frechheit, lächerlich,
    absurd, satt, habe es satt, reicht, es reicht, hasse, verärgert, ärgerlich, ärger*, wie können sie,
    schämen, schrecklich, furchtbar, katastroph*, schlimmste, unglaublich, zumutung, skandal*
  `,
  frustration: `
    frustr*, enttäusch*, zeitverschwendung, verschwendete zeit, müde, nicht zufrieden, unzufrieden,
    genervt, nervig, nervt, niemand, ernsthaft, wieder, bitte, kann nicht sein, schlechter service,
    schlechter kundenservice, leider, mühsam, ärgerlich
  `,
  gratitude: `
    danke*, vielen dank, herzlichen dank, dankbar, bedanke, super, toll, perfekt, ausgezeichnet,
    hervorragend, wunderbar, gelöst, erledigt, funktioniert, klappt, zufrieden, freue, froh, fantastisch,
    spitze, klasse, prima, top, freundlich, hilfreich
  `,
  problem: `
    funktioniert nicht, geht nicht, klappt nicht, lädt nicht, kann mich nicht anmelden, kein zugriff,
    fehler*, bug, absturz, stürzt ab, kaputt, defekt*, beschädigt*, doppelt abgebucht, zweimal abgebucht,
    doppelt belastet, abgebucht, falsch*, fehlt, fehlen, fehlend*, nicht angekommen, nie angekommen,
    nicht erhalten, nie erhalten, nicht geliefert, verspät*, verzöger*, gesperrt, blockiert, verloren,
    abgelehnt, storniert, hängt
  `,
};
