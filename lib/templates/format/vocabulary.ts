/**
 * The fixed vocabulary of template files (docs/template-format.md): variants, tones, placeholder paths and
 * formats. The parser, the renderer and the ranker all read these lists, so a new variant or path is added
 * here once.
 */
import { TONES, type Tone } from '../../tone/types';

/** Variant ids and the tone each is written for. `standard` is required in every file. */
export const VARIANTS = ['standard', 'deescalate', 'timeline', 'steps'] as const;
export type Variant = (typeof VARIANTS)[number];

export function isVariant(value: string): value is Variant {
  return (VARIANTS as readonly string[]).includes(value);
}

export function isTone(value: string): value is Tone {
  return (TONES as readonly string[]).includes(value);
}

/** Paths a placeholder may name; page values for them arrive in a `RenderContext`. */
export const PLACEHOLDER_PATHS = [
  'customer.firstName',
  'customer.name',
  'agent.firstName',
  'agent.name',
  'ticket.id',
  'order.id',
  'followUp.date',
] as const;
export type PlaceholderPath = (typeof PLACEHOLDER_PATHS)[number];

/** Formats, and the paths each applies to. A `|segment` that is not a format name is fallback text. */
/**
 * `weekday` is the plain name ("Friday", «пятница»); `weekday-on` and `weekday-by` are the forms a promise
 * needs ("on Friday" «в пятницу» "pénteken"; "by Friday" «до пятницы» "péntekig"): render/weekday-phrases.ts.
 */
export const PLACEHOLDER_FORMATS = ['weekday', 'weekday-on', 'weekday-by', 'date', 'time'] as const;
export type PlaceholderFormat = (typeof PLACEHOLDER_FORMATS)[number];
export const DATE_PATHS: ReadonlySet<string> = new Set<PlaceholderPath>(['followUp.date']);

export function isPlaceholderFormat(value: string): value is PlaceholderFormat {
  return (PLACEHOLDER_FORMATS as readonly string[]).includes(value);
}

/** Case-insensitive lookup, so a hand-written `{{Customer.FirstName}}` still renders. */
export function canonicalPath(path: string): PlaceholderPath | undefined {
  const lower = path.toLowerCase();
  return PLACEHOLDER_PATHS.find((known) => known.toLowerCase() === lower);
}
