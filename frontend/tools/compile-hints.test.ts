import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { addCompileHints, COMPILE_HINT } from './compile-hints';

describe('addCompileHints', () => {
  let dir: string;
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'compile-hints-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head><link rel="modulepreload" href="chunk-pre.js"></head>' +
        '<body><script src="main-1.js" type="module"></script></body></html>',
    );
    // Shapes of esbuild/rolldown output: minified static imports, a re-export, a dynamic import.
    writeFileSync(join(dir, 'main-1.js'), 'import{a as b}from"./chunk-core.js";export{c}from"./chunk-re.js";const l=()=>import("./chunk-lazy.js");b(l);\n');
    writeFileSync(join(dir, 'main-1.js.map'), JSON.stringify({ version: 3, sources: ['main.ts'], names: [], mappings: 'AAAA' }));
    writeFileSync(join(dir, 'chunk-core.js'), 'import"./chunk-side.js";export function a(f){return f}\n');
    writeFileSync(join(dir, 'chunk-side.js'), 'globalThis.x=1;\n');
    writeFileSync(join(dir, 'chunk-re.js'), 'export const c=1;\n');
    writeFileSync(join(dir, 'chunk-pre.js'), 'export const p=1;\n');
    writeFileSync(join(dir, 'chunk-lazy.js'), 'import{a}from"./chunk-core.js";export const z=a(1);\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('marks the entry script, its preloads and everything they import statically, not lazy chunks', async () => {
    const files = await addCompileHints(dir);

    expect(files).toEqual(['chunk-core.js', 'chunk-pre.js', 'chunk-re.js', 'chunk-side.js', 'main-1.js']);
    for (const file of files) expect(read(file).split('\n')[0]).toBe(COMPILE_HINT);
    expect(read('chunk-lazy.js')).not.toContain(COMPILE_HINT);
    // The code itself is untouched, one line down.
    expect(read('chunk-re.js')).toBe(`${COMPILE_HINT}\nexport const c=1;\n`);
  });

  it('moves the source map down the line it added, and adds nothing on a second run', async () => {
    await addCompileHints(dir);
    await addCompileHints(dir);

    expect(read('main-1.js').match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
    expect(JSON.parse(read('main-1.js.map')).mappings).toBe(';AAAA');
  });
});
