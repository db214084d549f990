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
  urgency: `
    asap, urgent*, immediately, right now, right away, emergency, at once, as soon as possible,
    quickly, hurry, time sensitive, critical, straight away, without delay, need this now, need it now,
    need an answer, please respond, respond now, top priority
  `,
  deadline: `
    by tomorrow, by today, by tonight, by monday, by tuesday, by wednesday, by thursday, by friday,
    by saturday, by sunday, by the end of, by end of, end of day, eod, by #, within # hours,
    within # days, within # hour, within # minutes, within the hour, within 24h, within 48h,
    before monday, before friday, before tomorrow, before the weekend, until tomorrow, deadline, today,
    tonight, tomorrow, this week, in # hours
  `,
  repeat: `
    again, yet again, once again, second time, third time, fourth time, fifth time, for the # time,
    2nd time, 3rd time, 4th time, 5th time, # times, multiple times, several times, many times, how many times,
    still not, still no, still waiting, still have not, still haven't, still broken, still, every time,
    keep getting, keeps happening, keeps, no response, no reply, no answer, nobody answered,
    nobody replied, no one answered, no one responded, never heard back, never got a reply,
    already contacted, already called, already emailed, already told, i told you, for weeks, for days,
    for months, weeks ago, days ago, # weeks, # days, ignored, ignoring
  `,
  churn: `
    cancel*, unsubscrib*, close my account, delete my account, terminate, switching to, switch to,
    moving to, go elsewhere, take my business elsewhere, competitor*, never again, never buy,
    never order, never use, last time i, done with you, done with this, i'm done, im done, leaving,
    refund*, money back, reimburs*, return it, return this, sending it back, not renewing, won't renew,
    find another, alternative*
  `,
  escalation: `
    lawyer*, attorney*, legal action, legal, sue, suing, court, chargeback*, charge back, dispute, bbb,
    better business bureau, consumer protection, trading standards, ombudsman, regulator, report you,
    reporting you, police, manager, supervisor, escalat*, complaint, formal complaint, social media,
    bad review, one star, 1 star, trustpilot, my bank, fca, ftc
  `,
  anxiety: `
    worr*, scared, afraid, nervous, anxious, anxiety, concern*, fear*, panic*, frighten*, terrified,
    desperate, stressed, stress, is my data safe, is it safe, hacked, fraud*, unauthori*, stolen,
    what if, please help, help me, hope*, not sure if, will i lose, lose my, i need help, urgent help,
    in trouble, nightmare, uneasy
  `,
  confusion: `
    don't understand, do not understand, didn't understand, dont understand, confus*, unclear,
    how do i, how can i, how to, what does, what do i, what is, where is, where can i, where do i,
    which one, why is, why does, why did, why am i, can you explain, could you explain, explain,
    not sure, i'm lost, im lost, no idea, no clue, makes no sense, doesn't make sense, what happened,
    what am i, am i supposed, puzzled, baffled, wondering, what should i, i thought, is it possible,
    can i
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
    furious, outrag*, livid, disgust*, unacceptable, ridiculous, absurd, insane, fed up, sick of,
    sick and tired, hate, hated, angry, anger, mad, how dare, what the hell, are you kidding,
    are you serious, shame on you, enough, infuriat*, pissed, appalling, appalled, horrible, terrible,
    worst, awful, despicable, never again, unbelievable, insult*
  `,
  frustration: `
    frustrat*, annoy*, disappoint*, waste of time, waste of money, wasted, tired of, not happy,
    unhappy, let down, ugh, sigh, seriously, come on, nothing works, nobody, no one, again, irritat*,
    upset, dissatisf*, fed up, hassle, exhausting, painful, struggl*, ridiculous, tedious, pointless,
    hopeless, poor service, bad service, not good enough, useless
  `,
  gratitude: `
    thank*, thanks, thx, ty, appreciat*, grateful, great job, well done, solved, resolved, works now,
    working now, sorted, perfect, awesome, excellent, love, loved, amazing, fantastic, wonderful,
    helpful, brilliant, kudos, cheers, pleased, happy, glad, great
  `,
  problem: `
    doesn't work, does not work, not working, isn't working, won't work, didn't work, stopped working,
    won't load, can't log in, can't login, cannot log in, cannot login, can't access, cannot access,
    broken, broke, error*, bug, bugs, crash*, fail*, charged twice, double charged, charged me twice,
    overcharg*, wrong, missing, damaged, defective, never arrived, hasn't arrived, not arrived,
    not received, didn't receive, did not receive, haven't received, never received, late, delay*,
    declined, stuck, lost, incorrect, faulty, not delivered, not shipped, no tracking, locked out,
    blocked, disappeared, deleted, empty, refused
  `,
};
