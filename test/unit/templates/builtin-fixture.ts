import { compileBuiltinLibrary } from '@/lib/templates/compile/read-template-dir';
import { TemplateLibrary } from '@/lib/templates/library';
import type { Template } from '@/lib/templates/types';
import { neutralToneResult, type Tone, type ToneResult } from '@/lib/tone/types';

/** The built-in library as stored templates (compiled from lib/templates/builtin, as the build does). */
export const builtinTemplates: Template[] = compileBuiltinLibrary().templates.map((draft) => ({
  ...draft,
  createdAt: 0,
  updatedAt: 0,
  usageCount: 0,
}));

export const builtinLibrary = () => new TemplateLibrary(builtinTemplates);

/** A tone result as the tone engine would give it, for ranking and checker tests. */
export function toneOf(tone: Tone, lang: string, overrides: Partial<ToneResult> = {}): ToneResult {
  const polarity =
    tone === 'positive' ? 'positive' : tone === 'neutral' || tone === 'confused' ? 'neutral' : 'negative';
  return {
    ...neutralToneResult(lang, 0.9),
    tone,
    polarity,
    constructive: true,
    intensity: 0.6,
    confidence: 0.8,
    ...overrides,
  };
}
