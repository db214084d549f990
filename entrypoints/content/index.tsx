import { createRoot, type Root } from 'react-dom/client';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { contentScriptMatches } from '@/lib/sites/matches';
import { startInsertBridge } from './insert-bridge';
import { Overlay } from './Overlay';
import './overlay.css';

export default defineContentScript({
  matches: [...contentScriptMatches],
  cssInjectionMode: 'ui',
  async main(ctx) {
    startInsertBridge(ctx);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'tactful-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Open so tests and assistive tech can reach inside; CSS isolation comes from the shadow root itself.
      mode: 'open',
      onMount(container) {
        const root = createRoot(container);
        root.render(<Overlay />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
  },
});
