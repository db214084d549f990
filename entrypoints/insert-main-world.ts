/**
 * The page-world half of insertion (STYLE.md §3.3, SITES.md §1): synthetic paste and beforeinput events that
 * Firefox only honours from the page's own world, and editor APIs that only the page can see (CKEditor's
 * `ckeditorInstance`, Quill 1's `__quill`, the CKEDITOR and tinymce globals). The content script injects it on
 * first use (entrypoints/content/insert-bridge.ts) with a random channel name on the script element, and talks
 * to it through lib/insert/page-bridge.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageActions } from '@/lib/insert/page-actions';
import { servePageActions } from '@/lib/insert/page-bridge';

export default defineUnlistedScript(() => {
  const channel = (document.currentScript as HTMLScriptElement | null)?.dataset.tactfulChannel ?? '';
  // The content script's channel names look like this; anything else was not injected by it.
  if (!/^tactful-[\w-]{16,}$/.test(channel)) return;
  servePageActions(document, channel, pageActions);
});
