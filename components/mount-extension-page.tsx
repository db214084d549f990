import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import './extension-page.css';

/** Renders an extension page's root component into its #root element. */
export function mountExtensionPage(App: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
