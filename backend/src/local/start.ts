import { DEMO_STUDENT, localStackOptionsFromEnv } from './local-config';
import { startLocalStack } from './stack';

/** `npm start`: the whole product on one local URL until Ctrl-C. */
async function main(): Promise<void> {
  const options = localStackOptionsFromEnv();
  const began = performance.now();
  const stack = await startLocalStack(options);
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(`\n  Lessonstage is running at ${stack.url}  (ready in ${seconds} s)`);
  console.log(`  Data folder: ${options.dataDir}${stack.seededCourses ? `  (seeded ${stack.seededCourses} demo courses)` : ''}`);
  console.log(`  Admin sign-in: ${options.admin.email} / ${options.admin.password}`);
  if (options.seedDemo) console.log(`  Demo student (a finished course, its certificate): ${DEMO_STUDENT.email} / ${DEMO_STUDENT.password}`);
  console.log(`  Dev mailbox (verification codes, password resets): ${stack.url}/dev/mailbox`);
  console.log('  Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n  ${signal}: stopping…`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Could not start the local stack:', error instanceof Error ? error.message : error);
  process.exit(1);
});
