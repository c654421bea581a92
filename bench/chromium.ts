import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { Launcher } from 'chrome-launcher';
import { chromiumPath } from '../e2e/support/browser/find-chromium';
import { own, ownTempDir, type Stop } from './resources';

export interface RunningChromium {
  /** Its DevTools port, for Lighthouse. */
  readonly port: number;
  readonly stop: Stop;
}

const READY_WITHIN_MS = 30_000;

/**
 * Starts the Chromium the e2e suite uses (e2e/support/browser/find-chromium.ts: CHROMIUM_PATH,
 * /usr/bin/chromium, Playwright's; Debian's installed where missing and possible) as
 * chrome-launcher would for Lighthouse (its default flags, a throwaway profile, about:blank), in a
 * process group of its own, and waits for its DevTools port.
 *
 * Started here rather than by chrome-launcher's launch(): that one leaves Chromium running when
 * its start fails, keeps polling for the port for 25 s after a spawn error or an early exit, and
 * then rejects where no one is waiting. Here the process group is in the registry
 * (bench/resources.ts) from the moment it is spawned, and a failed start fails at once.
 */
export async function startChromium(flags: readonly string[]): Promise<RunningChromium> {
  const chromePath = chromiumPath();
  const profile = ownTempDir('lessonstage-chromium-');
  const args = [
    ...Launcher.defaultFlags(),
    '--remote-debugging-port=0',
    ...(process.platform === 'linux' ? ['--disable-setuid-sandbox'] : []),
    `--user-data-dir=${profile.path}`,
    ...flags,
    'about:blank',
  ];
  const child = spawn(chromePath, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const stopProcess = own(`Chromium (${chromePath}, pid ${child.pid ?? 'none'})`, () => stopGroup(child));
  const stop = async () => {
    await stopProcess();
    await profile.remove();
  };
  try {
    return { port: await devToolsPort(child, chromePath), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Reads the port from "DevTools listening on ws://127.0.0.1:PORT/…" on Chromium's stderr. */
function devToolsPort(child: ChildProcess, chromePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => settle(new Error(`Chromium (${chromePath}) opened no DevTools port within ${READY_WITHIN_MS / 1000} s`)), READY_WITHIN_MS);
    const onData = (chunk: Buffer) => {
      stderr += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^\s/]+:(\d+)\//.exec(stderr)?.[1];
      if (port) settle(undefined, Number(port));
    };
    const onError = (error: Error) => settle(new Error(`Chromium (${chromePath}) did not start: ${error.message}`));
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      const said = stderr.trim().split('\n').at(-1)?.trim();
      settle(new Error(`Chromium (${chromePath}) exited with ${signal ?? code} before it was ready${said ? `: ${said}` : ''}`));
    };
    function settle(error: Error | undefined, port?: number) {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('error', onError);
      child.off('exit', onExit);
      // Keep draining its stderr: a full pipe would stall Chromium.
      child.stderr?.resume();
      if (error) reject(error);
      else resolve(port!);
    }
    child.stderr?.on('data', onData);
    child.once('error', onError);
    child.once('exit', onExit);
  });
}

/** SIGTERM to the whole group (browser, renderers, zygote), SIGKILL to what is left after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // ESRCH: the group is gone already
    }
  };
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve(true) : once(child, 'exit').then(() => true);
  signalGroup('SIGTERM');
  await Promise.race([exited, delay(5_000, false, { ref: false })]);
  signalGroup('SIGKILL');
  await exited;
}
