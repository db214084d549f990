export * from './types';
export { detectTone, MAX_TEXT_CHARS } from './detect';
export { detectLanguage, type LanguageGuess } from './language';
