import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import type { MailboxMessage } from '@lessonstage/shared';
import { parseInput } from '../../lib/http/validate';
import type { DevMailbox } from './dev-mailbox';

const mailboxQuery = z.object({ to: z.optional(z.string().check(z.trim(), z.maxLength(254, 'must be at most 254 characters'))) });

/** GET /api/dev/mailbox?to=EMAIL — mounted by the local web server only. */
export function devMailboxRoutes(mailbox: DevMailbox): Hono {
  return new Hono().get('/api/dev/mailbox', (c) => {
    const { to } = parseInput(mailboxQuery, c.req.query());
    return c.json<MailboxMessage[]>(mailbox.list(to || undefined));
  });
}
