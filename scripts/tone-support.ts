/**
 * `npm run tone:support`: accuracy of the tone engine on the hand-written customer-support set, per
 * language and field, for both halves. `--misses` also lists the tuning half's misses (the held-out half's
 * misses are never printed: looking at them would turn it into a tuning set).
 */
import {
  loadSupportHalf,
  rate,
  scoreSupportRows,
  SUPPORT_FIELDS,
  SUPPORT_HALVES,
  type Tally,
} from './tone-support-set';

const percent = (value: number): string => `${(value * 100).toFixed(0)}%`.padStart(5);

function line(label: string, tally: Tally): string {
  const cells = SUPPORT_FIELDS.map((field) => `${percent(rate(tally[field]))} (${tally[field].scored})`);
  return `${label.padEnd(6)} ${cells.map((cell) => cell.padEnd(13)).join('')}`;
}

function main(): void {
  const showMisses = process.argv.includes('--misses');
  for (const half of SUPPORT_HALVES) {
    const rows = loadSupportHalf(half);
    const score = scoreSupportRows(rows);
    console.log(`\n${half} half: ${rows.length} messages (accuracy, rows scored)`);
    console.log(`${''.padEnd(6)} ${SUPPORT_FIELDS.map((field) => field.padEnd(13)).join('')}`);
    for (const [lang, tally] of [...score.byLanguage].sort(([a], [b]) => a.localeCompare(b)))
      console.log(line(lang, tally));
    console.log(line('all', score.total));
    if (showMisses && half === 'tuning') {
      console.log('\nmisses (tuning half):');
      for (const miss of score.misses)
        console.log(
          `  ${miss.row.lang} ${miss.field.padEnd(12)} want ${String(
            miss.field === 'tone'
              ? miss.row.tone
              : miss.field === 'urgency'
                ? miss.row.urgent
                : miss.field === 'lang'
                  ? miss.row.lang
                  : miss.row[miss.field],
          ).padEnd(10)} got ${miss.got}  ${JSON.stringify(miss.row.text.slice(0, 90))}`,
        );
    }
  }
}

main();
