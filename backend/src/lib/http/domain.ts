import type { Hono } from 'hono';
import type { ApiEnv } from './api-env';

/** A backend domain: one router, deployed as one Lambda function (entry `<name>/<name>.handler.ts`). */
export interface Domain {
  readonly name: string;
  readonly routes: Hono<ApiEnv>;
}
