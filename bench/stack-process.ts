import { startLocalStack } from '../backend/src/local/stack';
import type { LocalStackOptions } from '../backend/src/local/local-config';

/**
 * The local stack in a process of its own, as a server is on its own machine: the load generator
 * then does not share the API's event loop. Started by `startStackProcess` (stack-client.ts).
 * It never outlives the benchmark: SIGTERM or SIGINT stop it, and so does the benchmark process
 * going away (its IPC channel closes), however that happened.
 */
const leftBehind = () => process.exit(1);
process.once('disconnect', leftBehind);
const stack = await startLocalStack(JSON.parse(process.argv[2]!) as LocalStackOptions).catch((error: unknown) => {
  // Told to the benchmark, which reports it in its one line.
  process.send!({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
  return new Promise<never>(() => {});
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void stack.stop().finally(() => process.exit(0));
};
process.off('disconnect', leftBehind);
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.send!({ url: stack.url, config: stack.config });
