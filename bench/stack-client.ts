import { fork, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { AppConfig } from '../backend/src/lib/config';
import type { LocalStackOptions } from '../backend/src/local/local-config';
import { firstLine, ownChild, type Stop } from './resources';

export interface StackProcess {
  readonly url: string;
  readonly config: AppConfig;
  readonly stop: Stop;
}

/**
 * Starts bench/stack-process.ts and waits for its URL and configuration. The process is in the
 * registry (bench/resources.ts) from the start; stopping it sends SIGTERM, on which it stops the
 * stack and exits (SIGKILL after 15 s).
 */
export function startStackProcess(options: LocalStackOptions): Promise<StackProcess> {
  const child = fork(join(import.meta.dirname, 'stack-process.ts'), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
  });
  const stop = ownChild('local stack process', child, 15_000);
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(new Error(`the stack process did not start: ${error.message}`));
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => reject(new Error(`the stack process exited with ${signal ?? code} before it was ready`));
    child.once('error', onError);
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('error', onError);
      child.off('exit', onExit);
      const ready = message as { url: string; config: AppConfig } | { error: string };
      if ('error' in ready) reject(new Error(`the local stack did not start: ${ready.error}`));
      else resolve({ url: ready.url, config: ready.config, stop });
    });
  });
}

export interface DynamoDbProcess {
  readonly endpoint: string;
  readonly stop: Stop;
}

/**
 * A node process running `script`, which prints its port first; it exits when its stdin closes,
 * so it ends with this process even if this one is killed.
 */
export async function startServerProcess(label: string, script: string): Promise<{ readonly port: number; readonly stop: Stop }> {
  const child = spawn(process.execPath, ['-e', `process.stdin.on('end', () => process.exit()).resume();\n${script}`], {
    cwd: join(import.meta.dirname, '..'),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const stop = ownChild(label, child);
  return { port: Number(await firstLine(child, label)), stop };
}

/** dynalite (in memory) in a process of its own: DynamoDB is a service apart from the API. */
export async function startDynaliteProcess(): Promise<DynamoDbProcess> {
  const { port, stop } = await startServerProcess('dynalite', "require('dynalite')({ createTableMs: 0 }).listen(0, '127.0.0.1', function () { console.log(this.address().port) })");
  return { endpoint: `http://127.0.0.1:${port}`, stop };
}
