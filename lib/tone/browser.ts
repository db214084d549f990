/**
 * The background's tone handler. The engine and its data load only in the background (service worker): the
 * content script sends `analyzeTone` and imports nothing from lib/tone but types.
 */
import type { HandlerMap } from '../messaging/protocol';
import { detectTone } from './detect';

export function toneHandlers(): HandlerMap {
  return {
    analyzeTone: ({ text, lang }) => detectTone(text, { lang }),
  };
}
