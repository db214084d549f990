/** Text as HTML without any parser or sanitiser: usable in the page's world, where DOMPurify is not loaded. */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char);
}

/** Blank lines separate <p> paragraphs, single line breaks become <br>; every character is escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/**
 * Text as inline HTML, every line break a <br>: for editors whose insertHtml splits the current paragraph
 * around inserted <p>s (CKEditor 4, TinyMCE), so the reply continues the line the caret is on, as a paste does.
 */
export function textToInlineHtml(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}
