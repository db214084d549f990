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
  conjunction: `
    und, oder, sowie
  `,
  urgency: `
    dringend*, sofort, umgehend, unverzüglich, schnellstmöglich, so schnell wie möglich, asap,
    eilig, eilt, notfall, schnell, jetzt sofort, _ jetzt $, ohne verzögerung, brauche eine antwort,
    antworten sie,
    JETZT
  `,
  deadline: `
    noch heute, heute noch, bis heute abend,
    bis morgen, bis heute, bis montag, bis dienstag, bis mittwoch, bis donnerstag, bis freitag,
    bis samstag, bis sonntag, bis ende, bis spätestens, spätestens, bis zum #, innerhalb von # stunden,
    innerhalb von # tagen, in # stunden, in # tagen, frist*, vor dem wochenende, rechtzeitig,
    nur noch bis
  `,
  repeat: `
    schon wieder, zum zweiten mal, zum dritten mal, zweites mal, drittes mal, # mal, dreimal, viermal, fünfmal, drei mal, mehrmals, mehrfach,
    wie oft, immer noch, noch immer, immer noch nicht, noch nicht, warte immer noch, jedes mal,
    keine antwort, keine rückmeldung, niemand antwortet, antwortet niemand, antwortet keiner,
    keiner antwortet, keiner meldet sich, niemand meldet sich, bereits angerufen, schon angerufen,
    schon geschrieben, bereits geschrieben, schon gemeldet, bereits gemeldet, seit wochen, seit tagen,
    seit monaten, seit # wochen, seit # tagen, seit zwei wochen, seit drei wochen, seit einer woche,
    seit einem monat, # wochen, # tagen, ignoriert, immer nur, irgendwer, jemand da, gibt es neuigkeiten,
    wieder nicht, wieder kein*, wieder einmal, erneut nicht, erneut kein*, wo bleibt, seit _ tagen,
    seit _ wochen, seit _ monaten, vor _ tagen, vor _ wochen
  `,
  churn: `
    kündig*, stornieren, storniere, stornierung*, abbestell*, abmelden, konto löschen, konto schließen,
    account löschen, wechsle,
    wechseln zu, zur konkurrenz, konkurren*, nie wieder, nie mehr, letzte mal, geld zurück, mein geld,
    will mein geld, zurückschicken, zurücksenden, widerruf*, anderen anbieter
  `,
  escalation: `
    anwalt, anwältin, rechtsanwalt*, anwalts, klage, verklagen, gericht, rechtliche schritte, juristisch*,
    verbraucherzentrale, verbraucherschutz, schlichtungsstelle, bundesnetzagentur, beschwerde*,
    vorgesetzt*, geschäftsführ*, manager, chef, polizei, anzeige, strafanzeige, meine bank,
    rückbuchung, lastschrift zurück, soziale medien, bewertung
  `,
  anxiety: `
    sorge*, besorgt, angst, ängstlich, fürchte, befürchte, nervös, panik, verzweifelt, gestresst,
    gehackt, betrug, gestohlen, was wenn, bitte helfen, helfen sie mir, brauche hilfe, hoffentlich,
    weiß nicht ob, unsicher, was soll ich tun, nicht ich
  `,
  confusion: `
    verstehe nicht, verstehe das nicht, verstehe ich nicht, nicht verstanden, nicht ganz verstanden,
    verwirr*, unklar, nicht klar, wie kann ich, wie mache ich, wie _ ich, wie geht das, wie funktioniert,
    was bedeutet, was heißt, wo finde ich, wo kann ich, wo _ ich, welche*, welcher, unterschied,
    keine ahnung, ich weiß nicht $, ich weiss nicht $, ist mir nicht klar, nicht ganz klar, nicht so ganz klar, ergibt keinen sinn, macht keinen sinn, was soll ich, können sie erklären, erklären sie,
    finde das nirgends, finde nirgends, weiß nicht wie, weiß nicht wo, weiß nicht welche*
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
    absurd, es reicht, hasse, verärgert, ärgerlich, ärger*, wie können sie, schämen, schrecklich,
    furchtbar, katastroph*, schlimmste, schlechteste*, zumutung, skandal*, danke für nichts,
    das ist ein witz, ist doch ein witz
  `,
  frustration: `
    frustr*, enttäusch*, zeitverschwendung, verschwendete zeit, müde, nicht zufrieden, unzufrieden,
    genervt, nervig, nervt, niemand, ernsthaft, kann nicht sein, schlechter service,
    schlechter kundenservice, leider, mühsam, ärgerlich, satt, habe es satt, reicht, reicht's,
    reicht mir, langsam reicht,
    nichts funktioniert, nichts geht
  `,
  gratitude: `
    danke*, vielen dank, herzlichen dank, dankbar, bedanke, super, toll, perfekt, ausgezeichnet,
    hervorragend, wunderbar, gelöst, erledigt, funktioniert, klappt, zufrieden, freue, froh, fantastisch,
    spitze, klasse, prima, top, freundlich, hilfreich, loben, alles gut
  `,
  problem: `
    lässt mich nicht, lassen mich nicht, gestrichen, annulliert, sitze fest, sitzen fest, gestrandet, bricht ab, bricht _ ab, bricht _ _ ab,
    kein netz, kein internet, kostet mich geld,
    nichts erhalten, nichts bekommen, nichts angekommen, nie angekommen,
    loggt mich aus, loggt mich _ aus, meldet mich ab, meldet mich _ ab, wirft mich raus, wirft mich _ raus,
    wirft mich aus, stürzt ab, stürzt _ ab, stürzt _ _ ab, hängt sich auf, hängt sich _ auf, friert ein,
    friert _ ein,
    funktioniert nicht, geht nicht, klappt nicht, lädt nicht, kann mich nicht anmelden,
    kann mich nicht einloggen, nicht einloggen, nicht anmelden, kein zugriff, fehler*, bug, absturz,
    stürzt ab, kaputt, defekt*, beschädigt*, doppelt abgebucht, zweimal abgebucht, doppelt belastet,
    abgebucht, falsch*, fehlt, fehlen, fehlend*, nicht angekommen, nie angekommen, nicht erhalten,
    nie erhalten, nicht geliefert, verspät*, verzöger*, gesperrt, blockiert, verloren, abgelehnt, storniert,
    hängt, unvollständig, nicht da, kam niemand, niemand kam, nicht angetroffen, rücksendung an absender,
    zweimal belastet, doppelt berechnet, zweimal berechnet, doppelt bezahlt, zweimal bezahlt,
    doppelte abbuchung,
    zerdrückt, zerbrochen, zerkratzt, eingedrückt, gerissen, einen riss, ein riss, gesprungen, undicht,
    ausgelaufen, anstatt, anstelle, statt _ geschickt, statt _ bekommen, statt _ erhalten,
    statt _ geliefert, als zugestellt, angeblich zugestellt, sendungsverfolgung zugestellt,
    nichts angekommen, nicht autorisiert, nicht genehmigt, nicht erreichbar, ausgefallen, ausfall,
    störung*, offline, sind weg, ist weg, alle weg, einfach weg, verschwunden, gelöscht, unhöflich,
    unfreundlich, respektlos, patzig, aufgelegt, nicht gekommen, nie gekommen, nicht erschienen,
    niemand gekommen, zu spät, warteschleife, nie eine antwort, höher als sonst, höher als üblich, ist höher,
    teurer, mehr berechnet, versteckte kosten, sieht anders aus, ganz anders, stimmt nicht, entspricht nicht,
    nicht wie beschrieben, nicht wie abgebildet, nicht mehr an, geht nicht an, startet nicht,
    lässt sich nicht, nicht angerechnet, nicht abgezogen, nicht übernommen, ungültig, abgelaufen,
    alte adresse, niemand hat angerufen, nie angerufen, nicht zurückgerufen, kein rückruf,
    verbindet sich nicht, keine verbindung, abgesagt, gehackt,
    fotos weg, dateien weg, daten weg, alles weg, nachrichten weg, kontakte weg, höher ist,
    höher geworden, gestiegen, ohne _ abgesagt, ohne _ storniert,
    nie zugestimmt, nicht zugestimmt, ohne meine zustimmung
  `,
  timeframe: `
    heute, morgen, diese woche, dieses wochenende
  `,
  object: `
    bestellung*, paket*, lieferung*, sendung*, versand*, bote, kurier*, sendungsverfolgung, tracking,
    erstattung*, rückerstattung*, zahlung*, abbuchung*, rechnung*, konto*, account, passwort*, app,
    website, seite, karte*, abo*, vertrag*, artikel*, produkt*, handy*, internet, überweisung*, termin*,
    laden, geschäft, filiale, liefer*, geld, preis, preise,
    techniker*, monteur*, handwerker*, installateur*, besuch, mitarbeiter*, verkäufer*, personal, berater*,
    kundenservice, kundendienst, support, hotline, service, e-mail*, email*, mail*, nachricht*, antwort,
    rückruf*, anruf*, chat, fotos, dateien, daten, dokumente, display, bildschirm*, gerät*, laptop, update,
    kontoauszug, gebühr*, transaktion*, gutschein*, rabatt*, code, adresse, garantie, rücksendung*,
    umtausch, installation, einrichtung, kreditkarte*, fahrer*, paketbote*, zusteller*, gleiche problem,
    selbe problem, dasselbe problem
  `,
  request: `
    bitte, könnten sie, können sie, kann ich, könnte ich, ich möchte, ich hätte gern*, ich würde gern*,
    ist es möglich, gibt es, wäre es möglich, danke im voraus, vielen dank im voraus, danke vorab, ich will,
    ich brauche
  `,
  greeting: `
    sehr geehrte damen und herren, sehr geehrte damen, sehr geehrter herr, sehr geehrte frau, sehr geehrte*,
    mit freundlichen grüßen, freundliche grüße, viele grüße, beste grüße, liebe grüße, mfg,
    guten tag, guten morgen, guten abend, ich hoffe es geht ihnen gut
  `,
};
