import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A list of records kept as one JSON file with the rest of the local stack's data. Each save
 * writes a temporary file and renames it over the old one, so a kill mid-write (the crash test
 * sends SIGKILL during purchases) leaves the previous list whole instead of a file that no longer
 * parses and stops the next start.
 */
export class JsonListFile<T> {
  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
  }

  load(): T[] {
    return existsSync(this.file) ? (JSON.parse(readFileSync(this.file, 'utf8')) as T[]) : [];
  }

  save(items: readonly T[]): void {
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(items));
    renameSync(temporary, this.file);
  }
}
