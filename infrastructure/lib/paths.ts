import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute locations the app reads from; resolved from this file so cwd does not matter. */
export const INFRA_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = path.resolve(INFRA_ROOT, '..');
/** The npm lock file of the workspace: NodejsFunction bundles from the repository root. */
export const LOCK_FILE = path.join(REPO_ROOT, 'package-lock.json');
export const BACKEND_SRC = path.join(REPO_ROOT, 'backend', 'src');
/** Where `npm run build -w frontend` writes the Angular browser bundle. */
export const DEFAULT_SITE_DIR = path.join(REPO_ROOT, 'frontend', 'dist', 'frontend', 'browser');

/**
 * Public half of a key pair whose private half was thrown away when it was made: what the CDN's
 * HLS key group trusts when no `hlsPublicKeyPem` is given, so `cdk synth` works anywhere while
 * no cookie can be signed for it (HLS answers 403 until a real key is configured).
 */
export const HLS_PLACEHOLDER_PUBLIC_KEY = path.join(INFRA_ROOT, 'lib', 'hls-placeholder-public-key.pem');

/** Entry file of a backend domain's Lambda: `backend/src/app/handlers/<domain>.handler.ts`. */
export function handlerEntry(domain: string): string {
  return path.join(BACKEND_SRC, 'app', 'handlers', `${domain}.handler.ts`);
}

/** Entry file of Cognito's CustomMessage trigger (the account e-mails' texts). */
export function accountMailsEntry(): string {
  return path.join(BACKEND_SRC, 'app', 'handlers', 'account-mails.handler.ts');
}

/** Entry file of the weekly practice e-mail job (EventBridge Scheduler, no API route). */
export function weeklyPracticeMailEntry(): string {
  return path.join(BACKEND_SRC, 'app', 'handlers', 'weekly-practice-mail.handler.ts');
}

/** Entries of the transcode state machine's two Lambda steps (claim a job, record its outcome). */
export function transcodeClaimEntry(): string {
  return path.join(BACKEND_SRC, 'app', 'handlers', 'transcode-claim.handler.ts');
}

export function transcodeFinishEntry(): string {
  return path.join(BACKEND_SRC, 'app', 'handlers', 'transcode-finish.handler.ts');
}
