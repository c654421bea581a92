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

export interface Table {
  readonly title: string;
  readonly rows: readonly Record<string, string | number>[];
  readonly notes?: readonly string[];
}

/** Several tables from one benchmark, printed one by one and kept together in bench/results/<name>.json. */
export function reportTables(name: string, tables: readonly Table[]): void {
  for (const { title, rows, notes = [] } of tables) {
    console.log(`\n## ${name}: ${title}`);
    console.table(rows);
    for (const note of notes) console.log(note);
  }
  const file = join(resultsDir, `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ name, measuredAt: new Date().toISOString(), tables }, null, 2));
}
