import { describe, expect, it } from 'vitest';
import { chromiumPath, ChromiumNotFoundError, DEBIAN_CHROMIUM, ensureChromium, findChromium, type CommandResult, type Machine } from './find-chromium';

const PLAYWRIGHT_CHROME = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

interface FakeOptions {
  readonly files?: readonly string[];
  readonly env?: Record<string, string>;
  readonly uid?: number;
  readonly platform?: NodeJS.Platform;
  /** What each apt-get call answers, in turn; an `install` that succeeds puts chromium in place. */
  readonly apt?: readonly CommandResult[];
}

/** A machine made of a file list: nothing here touches the real one. */
function fakeMachine({ files = [], env = {}, uid = 0, platform = 'linux', apt = [] }: FakeOptions = {}) {
  const present = new Set(files);
  const runs: string[] = [];
  const logged: string[] = [];
  const answers = [...apt];
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    exists: (path) => present.has(path),
    playwrightChromium: () => PLAYWRIGHT_CHROME,
    uid,
    platform,
    run(command, args) {
      runs.push([command, ...args].join(' '));
      const answer = answers.shift() ?? { status: 0, stderr: '' };
      if (answer.status === 0 && args[0] === 'install') present.add(DEBIAN_CHROMIUM);
      return answer;
    },
    log: (line) => logged.push(line),
  };
  return { machine, runs, logged };
}

const APT_GET = '/usr/bin/apt-get';
const INSTALL = 'apt-get install -y -qq chromium fonts-dejavu-core';

function expectOneLine(message: string) {
  expect(message).not.toMatch(/\n/);
  expect(message.length).toBeGreaterThan(20);
}

describe('findChromium: order of preference', () => {
  it('takes CHROMIUM_PATH first, over Debian and Playwright', () => {
    const { machine } = fakeMachine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', DEBIAN_CHROMIUM, PLAYWRIGHT_CHROME] });
    expect(findChromium(machine)).toEqual({ found: true, path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it("takes Debian's /usr/bin/chromium over Playwright's download", () => {
    const { machine } = fakeMachine({ files: [DEBIAN_CHROMIUM, PLAYWRIGHT_CHROME] });
    expect(findChromium(machine)).toEqual({ found: true, path: DEBIAN_CHROMIUM, source: 'Debian' });
  });

  it("takes Playwright's browser only when its file is there", () => {
    expect(findChromium(fakeMachine({ files: [PLAYWRIGHT_CHROME] }).machine)).toEqual({ found: true, path: PLAYWRIGHT_CHROME, source: 'Playwright' });
    expect(findChromium(fakeMachine({ files: [] }).machine).found).toBe(false);
  });

  it('treats an empty CHROMIUM_PATH as unset', () => {
    const { machine } = fakeMachine({ env: { CHROMIUM_PATH: '' }, files: [DEBIAN_CHROMIUM] });
    expect(findChromium(machine)).toMatchObject({ found: true, path: DEBIAN_CHROMIUM });
  });
});

describe('CHROMIUM_PATH pointing nowhere', () => {
  it('is an error naming the path, even with Debian’s chromium present, and installs nothing', () => {
    const { machine, runs } = fakeMachine({ env: { CHROMIUM_PATH: '/nope/chrome' }, files: [DEBIAN_CHROMIUM, APT_GET] });
    const lookup = ensureChromium(machine);
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.message).toContain('CHROMIUM_PATH=/nope/chrome does not exist');
    expectOneLine(lookup.message);
    expect(runs).toEqual([]);
  });
});

describe('ensureChromium: installing', () => {
  it('runs nothing when a browser is there', () => {
    const { machine, runs, logged } = fakeMachine({ files: [DEBIAN_CHROMIUM, APT_GET] });
    expect(ensureChromium(machine)).toMatchObject({ found: true, source: 'Debian' });
    expect(runs).toEqual([]);
    expect(logged).toEqual([]);
  });

  it("as root with apt-get, installs Debian's chromium and says so in one line", () => {
    const { machine, runs, logged } = fakeMachine({ files: [APT_GET] });
    expect(ensureChromium(machine)).toEqual({ found: true, path: DEBIAN_CHROMIUM, source: 'installed now' });
    expect(runs).toEqual([INSTALL]);
    expect(logged).toHaveLength(1);
    expectOneLine(logged[0]!);
    expect(logged[0]).toContain('installing');
  });

  it('refreshes the package lists once when the first install fails, then installs again', () => {
    const { machine, runs } = fakeMachine({ files: [APT_GET], apt: [{ status: 100, stderr: 'E: Unable to locate package chromium' }, { status: 0, stderr: '' }, { status: 0, stderr: '' }] });
    expect(ensureChromium(machine)).toMatchObject({ found: true, source: 'installed now' });
    expect(runs).toEqual([INSTALL, 'apt-get update -qq', INSTALL]);
  });

  it("reports apt-get's last error line when installing fails", () => {
    const failed = { status: 100, stderr: 'Reading package lists...\nE: Could not get lock /var/lib/dpkg/lock-frontend' };
    const { machine } = fakeMachine({ files: [APT_GET], apt: [failed, { status: 0, stderr: '' }, failed] });
    const lookup = ensureChromium(machine);
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.message).toContain('E: Could not get lock /var/lib/dpkg/lock-frontend');
    expectOneLine(lookup.message);
  });

  it('does not install when not root, and says to run sudo apt-get install', () => {
    const { machine, runs } = fakeMachine({ files: [APT_GET], uid: 1000 });
    const lookup = ensureChromium(machine);
    expect(runs).toEqual([]);
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.message).toContain('run "sudo apt-get install chromium fonts-dejavu-core"');
    expect(lookup.message).toContain('CHROMIUM_PATH=/path/to/chrome');
    expectOneLine(lookup.message);
  });

  it('does not install without apt-get on PATH, and says to set CHROMIUM_PATH', () => {
    const { machine, runs } = fakeMachine({ files: [] });
    const lookup = ensureChromium(machine);
    expect(runs).toEqual([]);
    expect(lookup.found).toBe(false);
    if (lookup.found) return;
    expect(lookup.message).toContain('CHROMIUM_PATH=/path/to/chrome npm test');
    expect(lookup.message).not.toContain('apt-get');
    expectOneLine(lookup.message);
  });

  it('does not install off Linux', () => {
    const { machine, runs } = fakeMachine({ files: [APT_GET], platform: 'darwin' });
    expect(ensureChromium(machine).found).toBe(false);
    expect(runs).toEqual([]);
  });
});

describe('chromiumPath', () => {
  it('returns the path found', () => {
    expect(chromiumPath(fakeMachine({ files: [PLAYWRIGHT_CHROME] }).machine)).toBe(PLAYWRIGHT_CHROME);
  });

  it('throws the one-line message when there is none', () => {
    const { machine } = fakeMachine({ uid: 1000, files: [APT_GET] });
    expect(() => chromiumPath(machine)).toThrow(ChromiumNotFoundError);
    expect(() => chromiumPath(machine)).toThrow(/^No Chromium found .*sudo apt-get install/);
  });
});
