import { startLocalStack } from '../backend/src/local/stack';
import type { LocalStackOptions } from '../backend/src/local/local-config';

/**
 * The local stack in a process of its own, as a server is on its own machine: the load generator
 * then does not share the API's event loop. Started by `startStackProcess` below.
 */
const stack = await startLocalStack(JSON.parse(process.argv[2]!) as LocalStackOptions);
process.send!({ url: stack.url, config: stack.config });
process.on('message', (message) => {
  if (message === 'stop') void stack.stop().then(() => process.exit(0));
});
