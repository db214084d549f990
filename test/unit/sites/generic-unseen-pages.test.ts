/**
 * Generic pages structurally unlike the first seven (a forum thread, a newest-first CRM timeline, an RTL
 * messenger with avatars only, a back-office contact form, a thread inside a same-origin iframe), each read
 * with the editor the agent clicked into, as the focus tracker reports it.
 */
import { describe } from 'vitest';
import { deepQuery, describeSiteFixture } from './fixture-suite';

/** The editable the editor renders for the mount (inside it, after it, or its iframe's body). */
function clickedEditor(doc: Document, selector: string): Element | null {
  const mount = deepQuery(doc, selector);
  if (!mount) return null;
  const inside = mount.querySelector('[contenteditable="true"], textarea');
  if (inside) return inside;
  if (mount.localName === 'textarea') return mount;
  const next = mount.nextElementSibling;
  if (next?.localName === 'iframe') return (next as HTMLIFrameElement).contentDocument?.body ?? null;
  return next;
}

describe('generic fallback on unseen page shapes', () => {
  for (const page of [
    'forum-thread.html',
    'crm-timeline.html',
    'messenger-rtl.html',
    'contact-form.html',
    'framed-thread.html',
    'component-console.html',
    'utility-class-chat.html',
    'newest-first-mail.html',
    'busy-dashboard.html',
    'reverse-chat.html',
  ]) {
    describeSiteFixture(`generic/${page}`, {
      hint: (fixture) => ({ focusedEditable: clickedEditor(fixture.document, fixture.expect.replyBox) }),
    });
  }
});
