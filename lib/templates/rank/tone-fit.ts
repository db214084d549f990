/**
 * How well a template's variant suits the customer's tone (docs/template-format.md, "Variants"): angry or
 * heated-but-unconstructive messages get the de-escalating variant, anxious ones the timeline, confused ones
 * the steps; everything else the standard reply.
 */
import type { Tone, ToneResult } from '../../tone/types';
import type { Variant } from '../format/vocabulary';
import type { Template } from '../types';

export function preferredVariant(
  tone: Pick<ToneResult, 'tone' | 'constructive' | 'polarity' | 'intensity'>,
): Variant {
  switch (tone.tone) {
    case 'angry':
      return 'deescalate';
    case 'frustrated':
      // Venting or abuse with nothing concrete to fix: calm down first, invite a conversation.
      return !tone.constructive && tone.intensity >= 0.5 ? 'deescalate' : 'standard';
    case 'anxious':
      return 'timeline';
    case 'confused':
      return 'steps';
    default:
      return 'standard';
  }
}

/** 0..1: the preferred variant 1, a template written for this tone 0.85, a general one 0.6, a mismatch low. */
export function toneFit(
  template: Pick<Template, 'variant' | 'toneTargets'>,
  tone: Pick<ToneResult, 'tone' | 'constructive' | 'polarity' | 'intensity'>,
): number {
  const preferred = preferredVariant(tone);
  if (template.variant === preferred) return 1;
  if (template.toneTargets.includes(tone.tone)) return 0.85;
  if (template.variant === 'standard' || template.toneTargets.length === 0) return 0.6;
  return 0.25;
}

const VARIANT_PHRASES: Readonly<Record<string, string>> = {
  deescalate: 'de-escalating',
  timeline: 'with a timeline',
  steps: 'step by step',
};

/** "de-escalating, for an angry customer", or undefined when the fit is unremarkable. */
export function describeToneFit(
  template: Pick<Template, 'variant' | 'toneTargets'>,
  tone: Tone,
): string | undefined {
  const phrase = template.variant ? VARIANT_PHRASES[template.variant] : undefined;
  const article = tone === 'angry' || tone === 'anxious' ? 'an' : 'a';
  if (phrase) return `${phrase}, for ${article} ${tone} customer`;
  if (template.toneTargets.includes(tone) && tone !== 'neutral')
    return `written for ${article} ${tone} customer`;
  return undefined;
}
