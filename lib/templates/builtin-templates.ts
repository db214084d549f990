/**
 * The built-in library as compiled at build time (lib/templates/compile/vite-plugin.ts). Only the background
 * imports this; Node scripts and tests compile the files themselves (compile/read-template-dir.ts).
 */
import templates from 'virtual:tactful/builtin-templates';
import type { TemplateDraft } from './types';

export const builtinTemplates: readonly TemplateDraft[] = templates;
