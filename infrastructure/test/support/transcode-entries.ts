import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/**
 * Until the backend's transcode handlers exist, the synth tests bundle a stand-in entry for them
 * (test/fixtures). Once the real files are there they are used, and this fallback does nothing.
 */
const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'handlers', 'transcode-step.handler.ts');

vi.mock('../../lib/paths', async (importOriginal) => {
  const paths = await importOriginal<typeof import('../../lib/paths')>();
  const orFixture = (entry: string) => (existsSync(entry) ? entry : FIXTURE);
  return {
    ...paths,
    transcodeClaimEntry: () => orFixture(paths.transcodeClaimEntry()),
    transcodeFinishEntry: () => orFixture(paths.transcodeFinishEntry()),
  };
});
