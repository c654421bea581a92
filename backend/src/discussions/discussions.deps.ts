import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { RateLimiter } from '../lib/http/rate-limiter';
import type { NotifierDeps } from '../notifications/notifier';
import type { UsersRepository } from '../users/users.repository';
import type { DiscussionsRepository } from './discussions.repository';

/** Posts a user may write per window (threads and replies together). */
export interface PostRateLimit {
  readonly posts: number;
  readonly windowSeconds: number;
}

export const DEFAULT_POST_RATE_LIMIT: PostRateLimit = { posts: 10, windowSeconds: 60 };

/** Course discussions: who may read (courses, enrollments), who wrote (users), and the thread-answered notice. */
export interface DiscussionsDeps extends GuardDeps, NotifierDeps {
  readonly discussions: DiscussionsRepository;
  readonly courses: CoursesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly users: UsersRepository;
  readonly rateLimiter: RateLimiter;
  /** DEFAULT_POST_RATE_LIMIT unless a test needs another. */
  readonly postRateLimit?: PostRateLimit;
}

export type DiscussionsEnv = DomainEnv<DiscussionsDeps>;
