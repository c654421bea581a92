import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import type { AdminEnv } from './admin.deps';
import { NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import { requireAdmin } from '../auth/auth.middleware';

const byEmailQuery = z.object({ email: z.pipe(z.email({ error: 'must be a valid e-mail address' }), z.transform((e) => e.toLowerCase())) });

/** Admin-only user look-up (by e-mail, through the users table's byEmail index). */
export const adminUsersRoutes = new Hono<AdminEnv>()
  .get('/admin/users/by-email', requireAdmin, async (c) => {
    const { email } = parseInput(byEmailQuery, c.req.query());
    const user = await c.get('deps').users.findByEmail(email);
    if (!user) throw new NotFoundError('No user with this e-mail address');
    return c.json(user);
  });
