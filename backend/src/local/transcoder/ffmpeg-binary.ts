import { accessSync, chmodSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The ffmpeg the local transcoder runs: `FFMPEG_PATH` if set, else the static build that the npm
 * package @ffmpeg-installer/ffmpeg ships (so `npm install` is the whole set-up; a system ffmpeg is
 * never looked for). npm 11 may skip the package's postinstall `chmod`, so the bit is set here.
 */
export function ffmpegPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FFMPEG_PATH) return env.FFMPEG_PATH;
  const { path } = createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string };
  ensureExecutable(path);
  return path;
}

function ensureExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    chmodSync(path, statSync(path).mode | 0o100);
  }
}
