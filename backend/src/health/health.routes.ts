import { Hono } from 'hono';
import type { HealthEnv } from './health.deps';

export const healthRoutes = new Hono<HealthEnv>().get('/health', (c) => c.json({ status: 'ok' as const }));
