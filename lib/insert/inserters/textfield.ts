/**
 * textarea / input: `setRangeText` at the caret, then the `input` and `change` events that frameworks (React's
 * value tracker, Vue's v-model) listen for. Not undoable, so it comes after exec-command. Covers X's new chat
 * composer, Facebook page messages, and the textareas of older helpdesks.
 */
import type { Inserter } from '../types';

export const textfieldInserter: Inserter = {
  name: 'textfield',
  accepts: ({ kind }) => kind === 'textarea' || kind === 'input',
  insert({ element, kind }, reply) {
    const field = element as HTMLTextAreaElement | HTMLInputElement;
    // A single-line input would drop the line breaks and glue the words together.
    const text = kind === 'input' ? reply.text.replace(/\s*\n\s*/g, ' ') : reply.text;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const room = field.maxLength >= 0 ? field.maxLength - (field.value.length - (end - start)) : Infinity;
    if (text.length > room) {
      return {
        ok: false,
        reason: `the reply is longer than this field allows (${field.maxLength} characters)`,
      };
    }
    field.setRangeText(text, start, end, 'end');
    // 'end' already puts the caret there in browsers; saying it again costs nothing and holds everywhere.
    field.setSelectionRange(start + text.length, start + text.length);
    const view = field.ownerDocument.defaultView;
    if (view) {
      field.dispatchEvent(
        new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
      field.dispatchEvent(new view.Event('change', { bubbles: true }));
    }
    return { ok: true };
  },
};
