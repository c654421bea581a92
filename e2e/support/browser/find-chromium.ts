import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/**
 * The one place that decides which Chromium the Playwright suite and the Lighthouse benchmarks
 * drive, and installs Debian's when there is none and this machine can.
 *
 * Order: CHROMIUM_PATH (if set it must exist), Debian's /usr/bin/chromium, then a browser
 * Playwright itself downloaded (`npx playwright install chromium`). With none of them, as root on
 * a machine with apt-get, it installs Debian's `chromium` as .ci/run used to; otherwise it answers
 * with one line saying what to run.
 */

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** What .ci/run installed; the fonts give pages and screenshots their text. */
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'] as const;

export type ChromiumSource = 'CHROMIUM_PATH' | 'Debian' | 'Playwright' | 'installed now';

export type ChromiumLookup =
  | { readonly found: true; readonly path: string; readonly source: ChromiumSource }
  | { readonly found: false; /** One line: what is wrong and what to run. */ readonly message: string };

export interface CommandResult {
  readonly status: number | null;
  readonly stderr: string;
}

/** Everything the decision reads from, or does to, the machine: the tests pass their own. */
export interface Machine {
  readonly env: Readonly<Record<string, string | undefined>>;
  exists(path: string): boolean;
  /** The executable Playwright would launch (it need not exist), or undefined if it cannot say. */
  playwrightChromium(): string | undefined;
  /** 0 for root; undefined where there are no uids (Windows). */
  readonly uid: number | undefined;
  readonly platform: NodeJS.Platform;
  /** Runs a command to completion (output not shown); status null if it could not start. */
  run(command: string, args: readonly string[]): CommandResult;
  log(line: string): void;
}

/** Looks only; installs nothing. */
export function findChromium(machine: Machine): ChromiumLookup {
  const fromEnv = machine.env['CHROMIUM_PATH'];
  if (fromEnv) {
    return machine.exists(fromEnv)
      ? { found: true, path: fromEnv, source: 'CHROMIUM_PATH' }
      : { found: false, message: `CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium or Chrome executable, or unset it to use ${DEBIAN_CHROMIUM}.` };
  }
  if (machine.exists(DEBIAN_CHROMIUM)) return { found: true, path: DEBIAN_CHROMIUM, source: 'Debian' };
  const playwright = machine.playwrightChromium();
  if (playwright && machine.exists(playwright)) return { found: true, path: playwright, source: 'Playwright' };
  return { found: false, message: noBrowserMessage(machine) };
}

/** Looks, and if nothing is there and this machine can, installs Debian's chromium. */
export function ensureChromium(machine: Machine): ChromiumLookup {
  const lookup = findChromium(machine);
  if (lookup.found || machine.env['CHROMIUM_PATH'] || !canInstall(machine)) return lookup;

  machine.log(`No Chromium found: installing Debian's chromium (apt-get install ${APT_PACKAGES.join(' ')})…`);
  const install = () => machine.run('apt-get', ['install', '-y', '-qq', ...APT_PACKAGES]);
  let result = install();
  // Empty or stale package lists: "Unable to locate package" or a 404. Refresh them once.
  if (result.status !== 0 && machine.run('apt-get', ['update', '-qq']).status === 0) result = install();
  if (result.status === 0 && machine.exists(DEBIAN_CHROMIUM)) return { found: true, path: DEBIAN_CHROMIUM, source: 'installed now' };
  return {
    found: false,
    message: `Installing Debian's chromium failed (${lastLine(result.stderr) || `apt-get exited with ${result.status}`}): run "apt-get install ${APT_PACKAGES.join(' ')}" yourself, or set CHROMIUM_PATH=/path/to/chrome.`,
  };
}

function canInstall(machine: Machine): boolean {
  return machine.platform === 'linux' && machine.uid === 0 && onPath(machine, 'apt-get');
}

function onPath(machine: Machine, command: string): boolean {
  return (machine.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && machine.exists(join(dir, command)));
}

function noBrowserMessage(machine: Machine): string {
  const looked = `No Chromium found (CHROMIUM_PATH unset, no ${DEBIAN_CHROMIUM}, no browser installed by Playwright)`;
  if (machine.platform === 'linux' && onPath(machine, 'apt-get')) {
    return `${looked}: run "sudo apt-get install ${APT_PACKAGES.join(' ')}", or set CHROMIUM_PATH=/path/to/chrome (e.g. CHROMIUM_PATH=/path/to/chrome npm test).`;
  }
  return `${looked}: set CHROMIUM_PATH=/path/to/chrome (e.g. CHROMIUM_PATH=/path/to/chrome npm test), or run "npx playwright install chromium".`;
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1)?.trim() ?? '';
}

/** This machine, as it is. */
export function realMachine(): Machine {
  return {
    env: process.env,
    exists: existsSync,
    playwrightChromium,
    uid: process.getuid?.(),
    platform: process.platform,
    run(command, args) {
      const result = spawnSync(command, [...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      return { status: result.error ? null : result.status, stderr: result.stderr ?? String(result.error ?? '') };
    },
    log: (line) => console.log(line),
  };
}

let playwrightPath: string | undefined | null = null;

/** Where Playwright keeps the Chromium it downloads (loaded only when asked: it is not small). */
function playwrightChromium(): string | undefined {
  if (playwrightPath === null) {
    try {
      // Resolved from this file, so the bench (outside this workspace) finds the same copy.
      const require = createRequire(import.meta.url);
      const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
      playwrightPath = chromium.executablePath();
    } catch {
      playwrightPath = undefined;
    }
  }
  return playwrightPath;
}

/**
 * The path to launch, found or installed on this machine; otherwise an Error whose message is
 * the one line to show.
 */
export function chromiumPath(machine: Machine = realMachine()): string {
  const lookup = ensureChromium(machine);
  if (!lookup.found) throw new ChromiumNotFoundError(lookup.message);
  return lookup.path;
}

export class ChromiumNotFoundError extends Error {}
ChromiumNotFoundError.prototype.name = 'ChromiumNotFoundError';
