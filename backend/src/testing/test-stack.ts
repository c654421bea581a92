import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RATE_LIMIT, type AuthConfig } from '../lib/config';
import { throwawayStackOptions } from '../local/local-config';
import type { UploadTuning } from '../lib/storage/upload-tuning';
import { startLocalStack, type LocalStack } from '../local/stack';

export interface TestStack extends LocalStack {
  /** Stops the stack and deletes its data folder. */
  dispose(): Promise<void>;
}

/** The whole local stack (emulators + API) on free ports with a throw-away data folder. */
export async function startTestStack(
  options: { rateLimit?: AuthConfig['rateLimit']; seedDemo?: boolean; uploads?: UploadTuning; transcoder?: boolean } = {},
): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-test-'));
  const stack = await startLocalStack(
    throwawayStackOptions(dataDir, {
      seedDemo: options.seedDemo ?? false,
      rateLimit: options.rateLimit ?? { ...DEFAULT_RATE_LIMIT, perIp: 10_000, perAccount: 10_000 },
      uploads: options.uploads,
      transcoder: options.transcoder,
      // Tests write behind the API's back (fixtures) and read at once through it.
      catalogCacheSeconds: 0,
    }),
  );
  return {
    ...stack,
    dispose: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
