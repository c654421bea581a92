import { Hono } from 'hono';
import type { ApiEnv } from '../lib/http/api-env';

export const healthRoutes = new Hono<ApiEnv>().get('/health', (c) => c.json({ status: 'ok' as const }));
