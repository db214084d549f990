import type { LanguageCues } from './types';

export const en: LanguageCues = {
  negation: `
    not, no, never, nothing, nobody, none, neither, nor, cannot, without, hardly, barely, don't, dont,
    doesn't, doesnt, didn't, didnt, isn't, isnt, aren't, wasn't, wasnt, weren't, won't, wont, wouldn't,
    can't, cant, couldn't, shouldn't, haven't, hasn't, hasnt, hadn't, ain't, aint, nope, nowhere
  `,
  intensifier: `
    very, so, really, extremely, totally, completely, absolutely, utterly, incredibly, highly, super,
    truly, seriously, terribly, awfully, deeply, most, such, too, way, entirely, beyond, fucking,
    bloody, damn, freaking, hella
  `,
  diminisher: `
    slightly, somewhat, a bit, a little, kind of, kinda, sort of, barely, partly, fairly, rather
  `,
  contrast: `
    but, however, although, though, yet, unfortunately
  `,
  conjunction: `
    and, or, plus
  `,
  urgency: `
    asap, urgent*, immediately, right now, right away, emergency, at once, as soon as possible,
    quickly, hurry, time sensitive, critical, straight away, without delay, need this now, need it now,
    need an answer, please respond, respond now, top priority, _ now $, need it today, need this today,
    as fast as possible, as quickly as possible,
    NOW
  `,
  deadline: `
    by tonight, before tonight, today please, this very day,
    by tomorrow, by today, by tonight, by monday, by tuesday, by wednesday, by thursday, by friday,
    by saturday, by sunday, by the end of, by end of, end of day, eod, by #, within # hours,
    within # days, within # hour, within # minutes, within the hour, within 24h, within 48h,
    before monday, before tuesday, before wednesday, before thursday, before friday, before saturday,
    before sunday, before tomorrow, before the weekend, until tomorrow, until friday, deadline,
    in time, on time for, at the latest, no later than, before it's too late
  `,
  repeat: `
    yet again, once again, second time, third time, fourth time, fifth time, for the # time, 2nd time,
    3rd time, 4th time, 5th time, # times, three times, four times, five times, multiple times, several times, many times, how many times,
    still not, still no, still waiting, still have not, still haven't, still broken, still nothing, still,
    every time, keep getting, keeps happening, keeps, no response, no reply, no answer, nobody answer*,
    nobody repl*, nobody respond*, nobody gets back, no one answer*, no one repl*, no one respond*,
    never heard back, haven't heard back, not heard back, never got a reply, already contacted,
    already called, already emailed, already told, already asked, i told you, for weeks, for days,
    for months, weeks ago, days ago, # weeks, # days, ignored, ignoring, any update*, any news,
    following up, follow up, chasing, anyone there, anybody there, is anyone, not again, happened again,
    happening again, again and again, same problem again, same issue again, broken again, late again,
    for _ days, for _ weeks, _ days ago, _ weeks ago,
    been _ days, been _ weeks, been # days, been # weeks, over a week, over a month
  `,
  churn: `
    cancel*, unsubscrib*, close my account, delete my account, terminate, switching to, switch to,
    moving to, go elsewhere, take my business elsewhere, competitor*, never again, never buy,
    never order, never use, last time i, done with you, done with this, i'm done, im done, leaving,
    want a refund, want a full refund, full refund, refund me, give me a refund, demand a refund,
    money back, my money, reimburse me, return it, return this, sending it back, not renewing,
    won't renew, find another, alternative*
  `,
  escalation: `
    lawyer*, attorney*, legal action, legal, sue, suing, court, chargeback*, charge back, disput*, bbb,
    better business bureau, consumer protection, trading standards, ombudsman, regulator, report you,
    reporting you, police, manager, supervisor, escalat*, complaint, formal complaint, social media,
    bad review, one star, 1 star, trustpilot, my bank, fca, ftc
  `,
  anxiety: `
    worr*, scared, afraid, nervous, anxious, anxiety, concern*, fear*, panic*, frighten*, terrified,
    desperate, stressed, stress, is my data safe, is it safe, hacked, fraud*, unauthori*, stolen,
    compromised, what if, please help, help me, hope it, hopefully, not sure if, will i lose, lose my,
    i need help, urgent help, in trouble, nightmare, uneasy, didn't make, did not make, wasn't me,
    what do i do, what should i do
  `,
  confusion: `
    don't understand, do not understand, didn't understand, dont understand, don't get it, dont get it,
    don't get why, confus*, unclear, not clear, how do i, how can i, how to, how does, how do you,
    what does, what do i, where do i, where can i, where would i, where should i, which one, which option,
    which plan, which of, difference between, what's the difference, what is the difference,
    can you explain, could you explain, please explain, not sure which, not sure how, not sure what,
    not sure where, i'm lost, im lost, bit lost, no idea, no clue, makes no sense, doesn't make sense,
    what am i, am i supposed, supposed to, am i missing, missing something, puzzled, baffled,
    what should i, i thought, not sure i understand, not sure i follow, don't follow, dont follow,
    don't quite understand, dont quite understand, can someone explain, can't find the, cant find the, cannot find the, can't find where,
    find the option, find the setting, what do you mean, what does that mean
  `,
  swearing: `
    fuck*, shit*, bullshit, crap*, damn*, goddamn, wtf, ffs, hell, bloody, piss*, bastard*, asshole*,
    arse*, dick*, bitch*, effing, frigging, freaking, omfg, stfu, jfc
  `,
  insult: `
    idiot*, stupid, moron*, incompetent, useless, clown*, scam*, thie*, liar*, pathetic, joke, garbage,
    trash, rubbish, crook*, criminal*, dumb, imbecile*, amateur*, shameful, disgrace*, worthless,
    rip off, ripoff, ripped off, cheat*, robbery, robbed
  `,
  anger: `
    furious, outrag*, livid, disgust*, unacceptable, ridiculous, absurd, insane, hate, hated, angry, anger,
    mad, how dare, what the hell, are you kidding, are you serious, shame on you, enough is enough,
    infuriat*, pissed, appalling, appalled, horrible, terrible, worst, awful, despicable, never again,
    unbelievable, insult*, thanks for nothing, thank you for nothing, give a damn, gives a damn, nobody gives a damn,
    no one gives a damn, don't give a damn, doesn't give a damn
  `,
  frustration: `
    frustrat*, annoy*, disappoint*, waste of time, waste of money, wasted, tired of, getting tired,
    not happy, unhappy, let down, ugh, sigh, seriously, come on, nothing works, nobody, no one, irritat*,
    upset, dissatisf*, fed up, sick of, sick and tired, had enough, hassle, exhausting, painful, struggl*,
    ridiculous, tedious, pointless, hopeless, poor service, bad service, not good enough, useless
  `,
  gratitude: `
    thank*, thanks, thx, ty, appreciat*, grateful, great job, well done, solved, resolved, works now,
    working now, fixed it, that fixed, fixed now, all good now, sorted, perfect, awesome, excellent,
    love, loved, amazing, fantastic, wonderful, helpful, brilliant, kudos, cheers, pleased, happy, glad,
    great
  `,
  problem: `
    dropping, drops out, keeps dropping, cutting out, cuts out, no signal, no internet, costing me money,
    losing, lose my, lost my,
    logs me out, logged me out, logging me out, kicks me out, kicked me out, kicking me out, signs me out,
    freezes, freezing, frozen,
    doesn't work, does not work, not working, isn't working, won't work, didn't work, stopped working,
    won't load, can't log in, can't login, cannot log in, cannot login, can't access, cannot access,
    can't get in, cannot get in, can't sign in, won't let me, wont let me, doesn't let me, not letting me,
    broken, broke, error*, bug, bugs, crash*, fail*, charged twice, double charged, charged me twice,
    charged me, was charged, been charged, overcharg*, wrong, missing, damaged, defective, never arrived,
    hasn't arrived, not arrived, didn't arrive, not received, didn't receive, did not receive,
    haven't received, never received, hasn't shipped, hasn't moved, not updated, late, delay*, declined,
    stuck, lost, incorrect, faulty, not delivered, not shipped, no tracking, locked out, blocked,
    disappeared, deleted, empty, refused, nobody showed up, no one showed up, didn't show up,
    never showed up, call dropped, took my money, returned to sender, charged _ twice, charged _ _ twice,
    billed twice, billed _ twice, double billed, charged two times, two charges
    crushed, smashed, cracked, shattered, dented, scratched, torn, leaking, arrived broken,
    sent me _ instead, sent me _ _ instead, sent me _ _ _ instead, got _ instead of, received _ instead of,
    someone else's, not what i ordered, isn't what i ordered, not what i bought, isn't what i bought,
    not what i paid for, says delivered, marked as delivered, marked delivered, shows as delivered,
    took _ money twice, took the payment twice, paid twice, two _ payments, two payments, duplicate charge*,
    duplicate payment*, never authori*, didn't authori*, did not authori*, don't recognise, don't recognize,
    do not recognise, do not recognize, is down, was down, been down, went down, outage*, offline, unavailable,
    not loading, won't open, doesn't open, won't start, won't turn on, doesn't turn on, won't switch on,
    won't charge, not charging, won't connect, can't connect, cannot connect, doesn't connect, keeps disconnecting,
    are gone, is gone, all gone, wiped, erased, vanished, rude, impolite, disrespectful, unprofessional,
    condescending, hung up on me, shouted at me, yelled at me, didn't turn up, never turned up, didn't show,
    no-show, no show, never came, didn't come, hasn't come, nobody came, no one came, stood me up,
    nobody called, no one called, never called back, didn't call back, on hold, never got, didn't get,
    haven't got, haven't gotten, went up, gone up, charged more, charged extra, extra charge*, hidden fee*,
    looks nothing like, nothing like the, not as described, not like the picture*, not like the photo*,
    doesn't match, does not match, counterfeit, fake, poor quality, didn't apply, not applied,
    wasn't applied, doesn't apply, won't apply, invalid, expired, old address, previous address,
    supposed to arrive, supposed to be delivered, supposed to come, should have arrived, should've arrived,
    should have been delivered, was due,
    nobody from, no one from, never agreed to, didn't agree to, did not agree to, without my consent
  `,
  timeframe: `
    today, tonight, tomorrow, this week, this weekend
  `,
  object: `
    order*, contract*, parcel*, package*, delivery, deliveries, shipment*, shipping, tracking, courier, refund*,
    payment*, charge, invoice*, bill, billing, receipt, account*, password*, login, app, website, card,
    subscription*, plan, item*, product*, replacement, booking*, reservation*, ticket,
    store, shop, ship, deliver*, money, price, prices, stock,
    appointment*, visit, technician*, engineer*, installer*, plumber*, electrician*, driver*, agent*,
    staff, employee*, representative*, rep, advisor*, adviser*, operator*, cashier*, manager*, support,
    customer service, helpdesk, help desk, email*, e-mail*, reply, replies, response, message*, callback,
    call back, phone call, chat, data, files, photos, documents, screen, device, laptop, phone, update,
    statement, fee, fees, transaction*, discount*, coupon*, promo*, voucher*, address, pricing, charges, warranty, return*,
    exchange, installation, setup, same issue, same problem
  `,
  request: `
    please, pls, plz, kindly, could you, can you, would you, could i, can i, may i, i'd like, i would like,
    i want to, i need to, is it possible, do you, are you able, let me know, wondering, thanks in advance,
    thank you in advance, i want, i need
  `,
  greeting: `
    dear sir or madam, dear sir, dear madam, dear sirs, to whom it may concern, kind regards, best regards,
    warm regards, regards, best wishes, yours sincerely, sincerely, yours faithfully,
    good morning, good afternoon, good evening, good day, hope you're well, hope you are well, hope this finds you well
  `,
};
