/**
 * Node-only: reads a folder of template files and compiles it. Used by the build's Vite plugin, the CLIs and
 * tests; the extension itself only ever sees the compiled result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  compileTemplateFiles,
  type CompileOptions,
  type CompiledLibrary,
  type TemplateSourceFile,
} from '../format/compile-library';

/** lib/templates/builtin: one folder per language, one Markdown file per scenario. */
// A path string rather than `new URL(...)`: test environments may replace the global URL class.
export const BUILTIN_TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../builtin');

/** Every `*.md` under `dir`, with POSIX paths relative to it, in a stable order. */
export function readTemplateDir(dir: string): TemplateSourceFile[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return entries
    .filter((entry) => entry.endsWith('.md') && fs.statSync(path.join(dir, entry)).isFile())
    .map((entry) => entry.split(path.sep).join('/'))
    .sort()
    .map((relative) => ({ path: relative, source: fs.readFileSync(path.join(dir, relative), 'utf8') }));
}

export function compileTemplateDir(dir: string, options: CompileOptions): CompiledLibrary {
  return compileTemplateFiles(readTemplateDir(dir), options);
}

/** The built-in library, compiled from lib/templates/builtin exactly as the build does. */
export function compileBuiltinLibrary(dir = BUILTIN_TEMPLATE_DIR): CompiledLibrary {
  return compileTemplateDir(dir, { packId: 'builtin', isBuiltin: true });
}
