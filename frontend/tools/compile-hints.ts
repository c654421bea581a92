/**
 * Marks the web app's initial scripts for eager compilation by V8 (Chrome 136+): the magic comment
 * `//# allFunctionsCalledOnLoad` on a file's first line makes V8 compile all of its functions
 * while the file streams in, on a background thread. Without it each function is compiled on the
 * main thread the first time it runs, and Angular's start-up calls thousands of them once (figures:
 * docs/decisions.md). Lazy chunks are left alone: much of their code may never run.
 *
 * Runs after `ng build` (the Angular builder has no banner option). File names keep their hash:
 * the step is deterministic, so a name still stands for one content.
 *
 * Usage: tsx tools/compile-hints.ts <browser output folder>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { init, parse } from 'es-module-lexer';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The scripts index.html loads at start-up: its module scripts, their preloads, and every file they import statically. */
export function initialScripts(browserDir: string): string[] {
  const html = readFileSync(join(browserDir, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const found = new Set<string>();
  const queue = roots.filter((src) => !/^[a-z]+:|^\/\//i.test(src)).map((src) => posix.normalize(src.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    found.add(file);
    const [imports] = parse(readFileSync(join(browserDir, file), 'utf8'), file);
    for (const { n: specifier, d: dynamic } of imports) {
      // d === -1: a static import or re-export; dynamic imports load lazy chunks.
      if (dynamic === -1 && specifier?.startsWith('.')) queue.push(posix.join(posix.dirname(file), specifier));
    }
  }
  return [...found].sort();
}

/** Puts the hint on the first line of a script; a source map beside it is moved down one line to match. */
export function addCompileHint(path: string): boolean {
  const source = readFileSync(path, 'utf8');
  if (source.startsWith(COMPILE_HINT)) return false;
  writeFileSync(path, `${COMPILE_HINT}\n${source}`);
  const mapPath = `${path}.map`;
  if (existsSync(mapPath)) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { mappings: string };
    map.mappings = `;${map.mappings}`;
    writeFileSync(mapPath, JSON.stringify(map));
  }
  return true;
}

export async function addCompileHints(browserDir: string): Promise<string[]> {
  await init;
  const files = initialScripts(browserDir);
  for (const file of files) addCompileHint(join(browserDir, file));
  return files;
}

const isMain = process.argv[1]?.endsWith('compile-hints.ts');
if (isMain) {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: tsx tools/compile-hints.ts <browser output folder>');
  void addCompileHints(dir).then((files) => {
    console.log(`Compile hint on the ${files.length} initial script(s): ${files.join(', ')}`);
  });
}
