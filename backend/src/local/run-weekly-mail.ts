import type { WeeklyEmailRun } from '@lessonstage/shared';
import { DEFAULT_ADMIN } from './local-config';

/**
 * `npm run weekly-mail -w backend`: runs the weekly practice e-mail job on the running local stack
 * now, as its schedule does in the cloud (through the admin route, signed in as the seeded
 * administrator). The e-mails land in the dev mailbox; a second run sends none of them again.
 */
async function main(): Promise<void> {
  const origin = `http://localhost:${process.env.PORT || 4200}`;
  const admin = { email: process.env.SEED_ADMIN_EMAIL ?? DEFAULT_ADMIN.email, password: process.env.SEED_ADMIN_PASSWORD ?? DEFAULT_ADMIN.password };
  const signIn = await fetch(`${origin}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) });
  if (!signIn.ok) throw new Error(`Signing in as ${admin.email} at ${origin} failed (${signIn.status}): is the local stack running (npm start)?`);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const run = await fetch(`${origin}/api/admin/practice/weekly-email`, { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
  if (!run.ok) throw new Error(`The weekly e-mail run failed (${run.status}): ${await run.text()}`);
  const result = (await run.json()) as WeeklyEmailRun;
  console.log(`Weekly practice e-mail: ${result.students} subscribed, ${result.sent} sent, ${result.skipped} skipped, ${result.failed} failed. See ${origin}/dev/mailbox`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
