import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

export interface FfmpegRun {
  readonly exitCode: number | null;
  readonly stderr: string;
}

export interface FfmpegOptions {
  /** Called with ffmpeg's `-progress` position (seconds of output written so far). */
  readonly onProgressSec?: (seconds: number) => void;
  /** Aborting kills ffmpeg (SIGKILL): a lost lease or a stopping stack. */
  readonly signal?: AbortSignal;
  /** Niceness (0 = normal, 19 = lowest): transcoding gives way to the web server and the tests. */
  readonly nice?: number;
}

const MAX_STDERR = 64 * 1024;

/**
 * Runs ffmpeg once with `args` (no shell), lowered in priority, and resolves with its exit code
 * and the end of its stderr; never rejects on a non-zero exit (the caller reads the reason).
 */
export function runFfmpeg(binary: string, args: readonly string[], options: FfmpegOptions = {}): Promise<FfmpegRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal, killSignal: 'SIGKILL' });
    if (child.pid !== undefined && options.nice) {
      try {
        setPriority(child.pid, options.nice);
      } catch {
        // Not allowed here: it runs at normal priority.
      }
    }
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-MAX_STDERR);
    });
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^out_time_(?:us|ms)=(\d+)/.exec(line);
        // Both keys are microseconds in ffmpeg 4 (out_time_ms is misnamed).
        if (match) options.onProgressSec?.(Number(match[1]) / 1_000_000);
      }
    });
    child.once('error', (error) => (error.name === 'AbortError' ? resolve({ exitCode: null, stderr }) : reject(error)));
    child.once('close', (exitCode) => resolve({ exitCode, stderr }));
  });
}
