import { fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { AppConfig } from '../backend/src/lib/config';
import type { LocalStackOptions } from '../backend/src/local/local-config';

export interface StackProcess {
  readonly url: string;
  readonly config: AppConfig;
  stop(): Promise<void>;
}

/** Starts bench/stack-process.ts and waits for its URL and configuration. */
export function startStackProcess(options: LocalStackOptions): Promise<StackProcess> {
  const child = fork(join(import.meta.dirname, 'stack-process.ts'), [JSON.stringify(options)], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the stack process exited with ${code} before it was ready`)));
    child.once('message', (message) => {
      const { url, config } = message as { url: string; config: AppConfig };
      child.removeAllListeners('exit');
      resolve({
        url,
        config,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.send('stop');
          }),
      });
    });
  });
}

export interface DynamoDbProcess {
  readonly endpoint: string;
  stop(): void;
}

/** dynalite (in memory) in a process of its own: DynamoDB is a service apart from the API. */
export async function startDynaliteProcess(): Promise<DynamoDbProcess> {
  const script = "require('dynalite')({ createTableMs: 0 }).listen(0, '127.0.0.1', function () { console.log(this.address().port) })";
  const child = spawn(process.execPath, ['-e', script], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  const [port] = (await once(child.stdout, 'data')) as [Buffer];
  return { endpoint: `http://127.0.0.1:${port.toString().trim()}`, stop: () => child.kill() };
}

