import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Everything a benchmark starts that must not outlive it: child processes (the local stack,
 * dynalite, Chromium, the "hello" server), local stacks running in this process, and temporary
 * folders. Whatever starts one registers it here the moment it exists, before waiting for it to be
 * ready, and bench/run.ts stops whatever is still registered after every benchmark, whether it
 * returned, threw, or the run was interrupted. Benchmarks still stop things in order on their
 * normal path (each stop runs once, then leaves the registry); cleanup after a failure does not
 * depend on every error path getting it right.
 */

/** Stops one resource; runs once however often it is called, and never throws twice. */
export type Stop = () => Promise<void>;

interface Owned {
  readonly label: string;
  readonly stop: Stop;
}

const owned = new Set<Owned>();

/** Registers `stop` until it has run (by the caller, or by stopAll). */
export function own(label: string, stop: () => unknown): Stop {
  let stopping: Promise<void> | undefined;
  const entry: Owned = {
    label,
    stop: () =>
      (stopping ??= (async () => {
        try {
          await stop();
        } finally {
          owned.delete(entry);
        }
      })()),
  };
  owned.add(entry);
  return entry.stop;
}

/**
 * A child process, registered until it exits. Stopping it sends SIGTERM and, if it has not exited
 * after `graceMs`, SIGKILL.
 */
export function ownChild(label: string, child: ChildProcess, graceMs = 5_000): Stop {
  const stop = own(`${label} (pid ${child.pid ?? 'none'})`, () => terminate(child, graceMs));
  // Exited by itself: nothing left to stop (terminate sees it has exited).
  child.once('exit', () => void stop());
  return stop;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}

async function terminate(child: ChildProcess, graceMs: number): Promise<void> {
  if (hasExited(child)) return;
  const exited = once(child, 'exit').then(() => true);
  child.kill('SIGTERM');
  if (await Promise.race([exited, delay(graceMs, false, { ref: false })])) return;
  child.kill('SIGKILL');
  await exited;
}

/** A temporary folder, removed with everything else if the benchmark does not get to it. */
export function ownTempDir(prefix: string): { readonly path: string; readonly remove: Stop } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: own(`folder ${path}`, () => rmSync(path, { recursive: true, force: true })) };
}

/**
 * The first line a child prints on stdout (a port, a URL); rejects if it fails to start or exits
 * first, instead of waiting forever.
 */
export function firstLine(child: ChildProcess, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      if (!text.includes('\n')) return;
      done();
      resolve(text.split('\n')[0]!.trim());
    };
    const onError = (error: Error) => {
      done();
      reject(new Error(`${label} did not start: ${error.message}`));
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      done();
      reject(new Error(`${label} exited with ${signal ?? code} before it was ready`));
    };
    const done = () => {
      child.stdout?.off('data', onData);
      child.off('error', onError);
      child.off('exit', onExit);
    };
    child.stdout?.on('data', onData);
    child.once('error', onError);
    child.once('exit', onExit);
  });
}

/**
 * Stops everything still registered, newest first (Chromium before the stack it was looking at,
 * a stack before its folder); returns what it had to stop. One that fails to stop does not keep
 * the others running.
 */
export async function stopAll(): Promise<string[]> {
  const left = [...owned].reverse();
  for (const { label, stop } of left) {
    try {
      await stop();
    } catch (error) {
      console.error(`could not stop ${label}: ${oneLine(error)}`);
    }
  }
  return left.map(({ label }) => label);
}

/** An error as one line: its message's first line, and its cause's (fetch failed: ECONNREFUSED…). */
export function oneLine(error: unknown): string {
  const first = (value: unknown) => (value instanceof Error ? value.message || value.name : String(value)).split('\n')[0]!.trim();
  const cause = error instanceof Error && error.cause !== undefined ? ` (${first(error.cause)})` : '';
  return `${first(error)}${cause}`;
}
