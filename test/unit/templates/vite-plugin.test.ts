import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_MODULE, builtinTemplatesPlugin } from '@/lib/templates/compile/vite-plugin';
import type { TemplateDraft } from '@/lib/templates/types';
import builtin from 'virtual:tactful/builtin-templates';

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/late-delivery.en.template'), 'utf8');

/** Runs the plugin's load hook the way Vite would, collecting warnings and watched files. */
function load(dir: string) {
  const plugin = builtinTemplatesPlugin(dir);
  const warnings: string[] = [];
  const watched: string[] = [];
  const id = plugin.resolveId(BUILTIN_TEMPLATES_MODULE) ?? '';
  const code = plugin.load.call(
    {
      addWatchFile: (file) => watched.push(file),
      warn: (message) => warnings.push(message),
      error: (message) => {
        throw new Error(message);
      },
    },
    id,
  );
  const templates = JSON.parse(
    (code ?? '').replace(/^export default /, '').replace(/;$/, ''),
  ) as TemplateDraft[];
  return { templates, warnings, watched };
}

describe('builtinTemplatesPlugin', () => {
  it('serves the compiled built-in library as a module (what the background imports)', () => {
    expect(builtin.length).toBeGreaterThan(600);
    expect(
      builtin.find((template) => template.id === 'builtin.late-delivery.standard.es')?.keywords?.length,
    ).toBeGreaterThan(5);
  });

  it('leaves an invalid file out with a file:line warning, keeps the valid ones, and watches every file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'templates-plugin-'));
    fs.mkdirSync(path.join(dir, 'en'));
    fs.writeFileSync(path.join(dir, 'en/late-delivery.md'), fixture);
    fs.writeFileSync(
      path.join(dir, 'en/damaged-item.md'),
      fixture.replace('late-delivery', 'damaged-item').replace('tones: angry', 'tones: livid'),
    );
    const { templates, warnings, watched } = load(dir);
    expect(templates.map((template) => template.id)).toEqual([
      'builtin.late-delivery.standard.en',
      'builtin.late-delivery.deescalate.en',
      'builtin.late-delivery.steps.en',
    ]);
    expect(warnings[0]).toMatch(/en\/damaged-item\.md:27: error: unknown tone "livid"/);
    expect(watched).toHaveLength(2);
  });
});
