/** The built-in library compiled at build time by lib/templates/compile/vite-plugin.ts. */
declare module 'virtual:tactful/builtin-templates' {
  const templates: import('./types').TemplateDraft[];
  export default templates;
}
