import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, INDEX_INLINE_SCRIPT_HASH } from './security-headers';

const indexHtml = readFileSync(join(import.meta.dirname, '../../../frontend/src/index.html'), 'utf8');
const inlineScripts = [...indexHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);

describe('Content-Security-Policy', () => {
  it("allows index.html's inline scripts by hash, and they are exactly the ones it allows", () => {
    const hashes = inlineScripts.map((script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`);

    expect(hashes).toEqual([INDEX_INLINE_SCRIPT_HASH]);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${INDEX_INLINE_SCRIPT_HASH};`);
  });

  it('allows no other inline script or eval', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src '));

    expect(scriptSrc).toBe(`script-src 'self' ${INDEX_INLINE_SCRIPT_HASH}`);
  });
});
