import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/sites/matches';
import { builtinTemplatesPlugin } from './lib/templates/compile/vite-plugin';

// Each e2e worker or helper may build into its own folder (TACTFUL_OUT_DIR) so parallel builds never clobber.
const outDir = process.env.TACTFUL_OUT_DIR ?? '.output';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir,
  // Explicit imports everywhere: plain Node scripts and tests must resolve the same names (STYLE.md §3.1).
  imports: false,
  // The built-in template library is compiled from Markdown at build time (docs/templates.md).
  vite: () => ({ plugins: [builtinTemplatesPlugin()] }),
  zip: {
    // Firefox reviewers rebuild from the sources zip, so it keeps scripts/ (build-time generators).
    excludeSources: ['test/**', 'demo-output/**', '.output*/**', '.test-results/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Tactful',
    description:
      'Reads the customer’s tone and suggests personalised service-recovery replies and follow-ups, all on your machine.',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: 'Tactful' },
    // The page-world half of insertion, injected by the content script on first use (docs/insertion.md).
    web_accessible_resources: [{ resources: ['insert-main-world.js'], matches: [...contentScriptMatches] }],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Open or close the Tactful panel',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'tactful@tactful.app', strict_min_version: '115.0' } },
    }),
  }),
});
