/**
 * The JS sentiment libraries Tactful is compared with, run in the same process on the same rows. Each gives
 * a polarity with its own documented thresholds (no tuning), as in ../shared/eval/README.md.
 * English-only libraries (AFINN, VADER, wink) are still run on every language: emoji and English words in
 * tweets give them some signal, and "best shippable baseline" means the best of whatever we could ship.
 */
import { createRequire } from 'node:module';

type Polarity = 'negative' | 'neutral' | 'positive';

export interface Baseline {
  name: string;
  /** Languages the library itself supports (others are run anyway, see above). */
  polarity(text: string, lang: string): Polarity | Promise<Polarity>;
}

const require = createRequire(import.meta.url);

const sign = (score: number, threshold = 0): Polarity =>
  score > threshold ? 'positive' : score < -threshold ? 'negative' : 'neutral';

interface SentimentLib {
  analyze(text: string): { score: number };
}
interface VaderLib {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}
type WinkLib = (text: string) => { normalizedScore: number };

export function afinnBaseline(): Baseline {
  const Sentiment = require('sentiment') as new () => SentimentLib;
  const analyzer = new Sentiment();
  return { name: 'sentiment (AFINN)', polarity: (text) => sign(analyzer.analyze(text).score) };
}

export function vaderBaseline(): Baseline {
  const vader = require('vader-sentiment') as VaderLib;
  return {
    name: 'vader-sentiment',
    // VADER's own recommended cut-offs: compound >= 0.05 positive, <= -0.05 negative.
    polarity: (text) => sign(vader.SentimentIntensityAnalyzer.polarity_scores(text).compound, 0.049),
  };
}

export function winkBaseline(): Baseline {
  const wink = require('wink-sentiment') as WinkLib;
  return { name: 'wink-sentiment', polarity: (text) => sign(wink(text).normalizedScore) };
}

interface NlpContainer {
  use(plugin: unknown): void;
}
interface NlpAnalyzer {
  process(input: { locale: string; text: string }): Promise<{ sentiment: { vote: string } }>;
}

/** @nlpjs/sentiment with its language packs: the only library here with lexicons for all eight languages. */
export function nlpjsBaseline(): Baseline {
  const { Container } = require('@nlpjs/core') as { Container: new () => NlpContainer };
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as {
    SentimentAnalyzer: new (settings: { language: string }, container: NlpContainer) => NlpAnalyzer;
  };
  const container = new Container();
  const packs: Record<string, string> = {
    en: 'LangEn', es: 'LangEs', ru: 'LangRu', ar: 'LangAr', hu: 'LangHu', de: 'LangDe', fr: 'LangFr', pt: 'LangPt',
  }; // prettier-ignore
  for (const [lang, name] of Object.entries(packs)) {
    container.use((require(`@nlpjs/lang-${lang}`) as Record<string, unknown>)[name]);
  }
  const analyzers = new Map<string, NlpAnalyzer>();
  return {
    name: '@nlpjs/sentiment',
    async polarity(text, lang) {
      const locale = packs[lang] ? lang : 'en';
      let analyzer = analyzers.get(locale);
      if (!analyzer) {
        analyzer = new SentimentAnalyzer({ language: locale }, container);
        analyzers.set(locale, analyzer);
      }
      const { vote } = (await analyzer.process({ locale, text })).sentiment;
      return vote === 'positive' || vote === 'negative' ? vote : 'neutral';
    },
  };
}

export function allBaselines(): Baseline[] {
  return [afinnBaseline(), vaderBaseline(), winkBaseline(), nlpjsBaseline()];
}
