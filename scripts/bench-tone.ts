/**
 * `npm run bench:tone`: throughput of detectTone against sentiment (AFINN) and vader-sentiment on the same
 * inputs in the same process (single thread), the time for pastes of 0.25, 0.5 and 1 MB (linear in the
 * length?), and the gzipped size of the bundled tone code + data. Inputs: the short messages of
 * ../shared/eval/test when present, else a built-in mix of support messages in the eight languages.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { detectTone } from '../lib/tone';
import { afinnBaseline, vaderBaseline } from './tone-baselines';
import { evalAvailable, loadSplit } from './tone-eval-data';

const FALLBACK = [
  'This is the third time I write!!! Order #45821 still has not arrived. Refund me by Friday.',
  'Hola, no entiendo cómo cambiar mi contraseña, ¿me pueden ayudar?',
  'Спасибо огромное, всё заработало!',
  'لم يصل طلبي حتى الآن، أرجو الرد بسرعة',
  'Nem működik az alkalmazás, kérem segítsenek.',
  'Ich warte seit zwei Wochen auf meine Erstattung. Das ist inakzeptabel.',
  "Je ne comprends pas pourquoi j'ai été débité deux fois.",
  'Péssimo atendimento, vou cancelar minha assinatura.',
];

function messages(): { texts: string[]; source: string } {
  if (!evalAvailable())
    return { texts: FALLBACK, source: 'built-in support messages (../shared/eval not found)' };
  const texts = loadSplit('test')
    .map((row) => row.text)
    .filter((text) => text.length < 300);
  return { texts, source: `${texts.length} messages under 300 characters from ../shared/eval/test` };
}

/**
 * Milliseconds per run, by wall clock and by this process's CPU time. On a shared machine (CI, or several
 * builds at once on two cores) the wall figure includes waiting for a core; the CPU figure does not.
 */
function timeIt(run: () => void, minMs = 1500): { wall: number; cpu: number } {
  run(); // warm-up: lazy lexicon parsing and JIT
  let rounds = 0;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < minMs) {
    run();
    rounds++;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (performance.now() - started) / rounds, cpu: (cpu.user + cpu.system) / 1000 / rounds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function bundleSize(): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: ['lib/tone/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function main(): Promise<void> {
  const { texts, source } = messages();
  const kb = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024;
  console.log(`Inputs: ${source} (${kb.toFixed(0)} KB)\nNode ${process.version}, one thread\n`);
  const afinn = afinnBaseline();
  const vader = vaderBaseline();
  const contenders: [string, (text: string) => unknown][] = [
    ['Tactful detectTone', (text) => detectTone(text)],
    [afinn.name, (text) => afinn.polarity(text, 'en')],
    [vader.name, (text) => vader.polarity(text, 'en')],
  ];
  const rows: [string, number, number, number][] = [];
  for (const [name, run] of contenders) {
    const { wall, cpu } = timeIt(() => texts.forEach(run));
    rows.push([name, (texts.length / wall) * 1000, (texts.length / cpu) * 1000, (wall * 1000) / kb]);
  }
  const ours = rows[0]?.[1] ?? 1;
  console.log(
    'engine                 messages/s (wall)   per CPU-second   µs per KB (wall)   Tactful speed ×',
  );
  for (const [name, perSecond, perCpuSecond, microsPerKb] of rows) {
    console.log(
      `${name.padEnd(22)} ${perSecond.toFixed(0).padStart(17)}   ${perCpuSecond.toFixed(0).padStart(14)}   ${microsPerKb.toFixed(0).padStart(16)}   ${(ours / perSecond).toFixed(2)}`,
    );
  }

  const paste = texts.join('\n');
  console.log(
    '\nLong pastes (median of 9 runs; the engine reads the first 64 K characters, see docs/tone.md):',
  );
  for (const mb of [1 / 64, 1 / 32, 1 / 16, 0.25, 1]) {
    const size = Math.round(mb * 1_048_576);
    const text = paste.repeat(Math.ceil(size / paste.length)).slice(0, size);
    for (let k = 0; k < 3; k++) detectTone(text);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < 9; run++) {
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      detectTone(text);
      wall.push(performance.now() - started);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
    console.log(
      `  ${String(size / 1024).padStart(5)} KB: ${median(wall).toFixed(1)} ms wall, ${median(cpu).toFixed(1)} ms CPU`,
    );
  }

  const size = await bundleSize();
  console.log(
    `\nBundle of lib/tone/index.ts (esbuild, minified, all code + data + tinyld/light): ${(size.raw / 1024).toFixed(1)} KB, ` +
      `${(size.gzip / 1024).toFixed(1)} KB gzipped (target < 300 KB)`,
  );
}

void main();
