import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const resultsDir = join(import.meta.dirname, 'results');

/** Prints a table and keeps the same rows as JSON in bench/results/<name>.json. */
export function report(name: string, rows: readonly Record<string, string | number>[], notes: readonly string[] = []): void {
  console.log(`\n## ${name}`);
  console.table(rows);
  for (const note of notes) console.log(note);
  const file = join(resultsDir, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ name, measuredAt: new Date().toISOString(), rows, notes }, null, 2));
}
