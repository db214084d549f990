import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { contentScriptMatches } from '@/lib/sites/matches';
import { startInlineExpansion } from './inline-expansion';
import { startInsertBridge } from './insert-bridge';
import { Overlay } from './Overlay';
import { startPageSession } from './page-session';
import { watchReplyEditor } from './reply-editor';
import './overlay.css';

// Wiring only. The tone engine and the template library run in the background (they are not bundled here);
// this script reads the page (lib/sites), inserts (lib/insert) and shows the overlay.
export default defineContentScript({
  matches: [...contentScriptMatches],
  cssInjectionMode: 'ui',
  async main(ctx) {
    startInsertBridge(ctx);
    const session = startPageSession(ctx);
    const editors = watchReplyEditor(ctx, session);
    startInlineExpansion(ctx, session, editors);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'tactful-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Open so tests and assistive tech can reach inside; CSS isolation comes from the shadow root itself.
      mode: 'open',
      onMount(container) {
        const root = createRoot(container);
        root.render(<Overlay session={session} editors={editors} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
