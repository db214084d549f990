/**
 * Synthetic `beforeinput` with inputType 'insertReplacementText' and a DataTransfer (Briskine's route, which
 * also fixed WhatsApp Web): editors built on Input Events act on it and cancel the browser's default. Covers
 * Slate (Discord) and Lexical (WhatsApp Web, Messenger, Instagram), and CKEditor 5 as a last resort. The
 * current selection goes along as the event's target range, which Slate and Lexical read first.
 */
import { selectionRangeIn } from '../selection';
import { replyDataTransfer } from './data-transfer';
import { runPageStep } from './page-step';
import type { Inserter, PageActionResult, PreparedReply } from '../types';

export function beforeInputInPage(element: HTMLElement, reply: PreparedReply): PageActionResult {
  const view = element.ownerDocument.defaultView;
  if (!view) return { ok: false, reason: 'detached document' };
  const data = replyDataTransfer(view, reply);
  const range = selectionRangeIn(element);
  const event = new view.InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: reply.text,
    dataTransfer: data,
    targetRanges: range ? [new view.StaticRange(range)] : [],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  element.dispatchEvent(event);
  return event.defaultPrevented ? { ok: true } : { ok: false, reason: 'no beforeinput handler took it' };
}

export const beforeInputInserter: Inserter = {
  name: 'beforeinput',
  accepts: ({ kind }) => kind !== 'textarea' && kind !== 'input',
  insert: ({ element }, reply, context) =>
    runPageStep('beforeinput', element, reply, context, beforeInputInPage),
};
