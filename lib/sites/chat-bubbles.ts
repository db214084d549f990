/**
 * Shared reading for chat apps with obfuscated class names (Facebook, Messenger, Instagram, X): a message row's
 * text sits in [dir="auto"] elements, and only the bubble's side tells who wrote it (the agent's own messages
 * are at the end side). Roles therefore come from lib/sites/extract/roles.ts.
 */
import type { ConversationMessage } from './types';
import { readText } from './dom/text';
import { classifyMessageBlock } from './extract/roles';
import { readBlockAuthor, readBlockBody } from './generic/read-block';

/** Text of a chat row: its [dir="auto"] runs (skipping nested ones), else the row without metadata. */
export function readChatRowText(row: Element, textSelector = '[dir="auto"]'): string {
  const runs = Array.from(row.querySelectorAll(textSelector)).filter((element) => {
    // Outermost runs only: a run inside another would be read twice.
    for (let parent = element.parentElement; parent && parent !== row; parent = parent.parentElement) {
      if (parent.matches(textSelector)) return false;
    }
    return true;
  });
  const text = runs
    .map((run) => readText(run))
    .filter(Boolean)
    .join('\n');
  return text || readBlockBody(row);
}

export function readChatRow(row: Element, list: Element, textSelector?: string): ConversationMessage | null {
  const text = readChatRowText(row, textSelector);
  if (!text) return null;
  return { role: classifyMessageBlock(row, list), text, ...readBlockAuthor(row), element: row };
}
