import { Hono } from 'hono';
import type { DiscussionsEnv } from './discussions.deps';
import { postsRoutes } from './posts.routes';
import { threadsRoutes } from './threads.routes';

/** Course discussions: threads, replies, edits, reports and the moderation queue. */
export const discussionsRoutes = new Hono<DiscussionsEnv>().route('/', threadsRoutes).route('/', postsRoutes);
