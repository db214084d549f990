import { describe, expect, it } from 'vitest';
import { hasFormatting, prepareReply, sanitizeReplyHtml, textFromHtml } from '@/lib/insert';

describe('prepareReply', () => {
  it('keeps text as text, with Windows line breaks turned into \\n', () => {
    expect(prepareReply({ text: 'Hi <b>Ann</b>,\r\n\r\nthanks' })).toEqual({
      text: 'Hi <b>Ann</b>,\n\nthanks',
    });
  });

  it('hands HTML on only through the sanitiser, and only when it carries formatting', () => {
    const formatted = '<p>Hi <b>Ann</b>, see <a href="https://example.com">this</a></p>';
    expect(prepareReply({ text: 'Hi Ann, see this', html: formatted })?.html).toBe(
      sanitizeReplyHtml(formatted),
    );
    // Paragraphs and line breaks only: the text says the same, and editors take text more reliably.
    expect(prepareReply({ text: 'Hi\n\nthere', html: '<p>Hi</p><p>there<br></p>' })).toEqual({
      text: 'Hi\n\nthere',
    });
  });

  it('drops HTML for plain-text-only sites', () => {
    expect(prepareReply({ text: 'Hi', html: '<p><b>Hi</b></p>' }, { plainTextOnly: true })).toEqual({
      text: 'Hi',
    });
  });

  it('derives the text from HTML when only HTML is given, paragraphs apart', () => {
    expect(prepareReply({ text: '', html: '<p>Hi Ann,</p><p>Line one<br>line two</p>' })?.text).toBe(
      'Hi Ann,\n\nLine one\nline two',
    );
  });

  it.each([
    [null],
    [undefined],
    ['a string'],
    [42],
    [{}],
    [{ text: 5 }],
    [{ text: '   \n ' }],
    [{ html: '<img src=x>' }],
  ])('returns null for %j, with nothing to insert', (reply) => {
    expect(prepareReply(reply)).toBeNull();
  });
});

// DOMPurify itself is checked in real Chromium (test/e2e/insert.e2e.ts, hostile HTML): happy-dom's DOM does not
// behave enough like a browser's for DOMPurify to sanitise correctly in it.
describe('hasFormatting', () => {
  it.each([
    ['<p>a</p><p>b<br>c</p>', false],
    ['<div><span>a</span></div>', false],
    ['<p>a <b>b</b></p>', true],
    ['<ul><li>a</li></ul>', true],
    ['<a href="https://x.test">x</a>', true],
  ])('%s: %s', (html, expected) => {
    expect(hasFormatting(html)).toBe(expected);
  });
});

describe('textFromHtml', () => {
  it('reads text only: scripts and styles contribute nothing, blocks and <br> become line breaks', () => {
    expect(
      textFromHtml(
        '<p>a <b>b</b></p><script>alert(1)</script><style>p{}</style><ul><li>c</li><li>d<br>e</li></ul>',
      ),
    ).toBe('a b\n\nc\n\nd\ne');
  });
});
