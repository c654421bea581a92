import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The key pair the local stack signs streamed lessons' cookies with, as CloudFront's key group would hold it. */
export interface StreamKeyPair {
  readonly keyPairId: string;
  readonly privateKey: string;
  readonly publicKey: string;
}

/**
 * Made once and kept with the other local state (`<dataDir>/cloudfront/`), so cookies a browser
 * holds keep working across restarts, as they would on AWS.
 */
export async function ensureStreamKeyPair(dataDir: string): Promise<StreamKeyPair> {
  const folder = join(dataDir, 'cloudfront');
  const file = join(folder, 'stream-key-pair.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as StreamKeyPair;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  // CloudFront's public key ids look like K2JCJMDEHXQW5F; the local one only needs to be stable.
  const pair: StreamKeyPair = { keyPairId: `KLOCAL${randomBytes(5).toString('hex').toUpperCase()}`, privateKey, publicKey };
  await mkdir(folder, { recursive: true });
  await writeFile(file, JSON.stringify(pair, null, 2), { mode: 0o600 });
  return pair;
}
