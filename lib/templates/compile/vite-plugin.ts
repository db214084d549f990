/**
 * Compiles the built-in library at build time into the virtual module `virtual:tactful/builtin-templates`
 * (an array of template drafts), so the extension never parses YAML or Markdown at runtime. Problems in the
 * files are printed with file and line; invalid files are left out of the build rather than failing it for
 * everyone working in the tree (the unit test `builtin-library.test.ts` fails on them instead). Set
 * TACTFUL_STRICT_TEMPLATES=1 to make any error fail the build.
 */
import path from 'node:path';
import { formatProblem } from '../format/problems';
import { BUILTIN_TEMPLATE_DIR, compileBuiltinLibrary, readTemplateDir } from './read-template-dir';

export const BUILTIN_TEMPLATES_MODULE = 'virtual:tactful/builtin-templates';

/**
 * The part of a Vite plugin this one uses. Written out rather than imported from 'vite': WXT bundles its own
 * Vite next to the one vitest uses, and a structural type fits both.
 */
interface PluginContext {
  addWatchFile(file: string): void;
  warn(message: string): void;
  error(message: string): never;
}
export interface BuiltinTemplatesPlugin {
  name: string;
  resolveId(id: string): string | undefined;
  load(this: PluginContext, id: string): string | undefined;
}
const RESOLVED_ID = `\0${BUILTIN_TEMPLATES_MODULE}`;

export function builtinTemplatesPlugin(dir = BUILTIN_TEMPLATE_DIR): BuiltinTemplatesPlugin {
  return {
    name: 'tactful-builtin-templates',
    resolveId: (id) => (id === BUILTIN_TEMPLATES_MODULE ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of readTemplateDir(dir)) this.addWatchFile(path.join(dir, file.path));
      const { templates, problems } = compileBuiltinLibrary(dir);
      const errors = problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0 && process.env.TACTFUL_STRICT_TEMPLATES === '1') {
        this.error(`built-in templates:\n${errors.map(formatProblem).join('\n')}`);
      }
      if (errors.length > 0) {
        const shown = errors.slice(0, 20).map(formatProblem).join('\n');
        this.warn(`built-in templates: ${errors.length} problem(s), affected files left out:\n${shown}`);
      }
      return `export default ${JSON.stringify(templates)};`;
    },
  };
}
