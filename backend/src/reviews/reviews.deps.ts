import type { GuardDeps } from '../auth/auth.middleware';
import type { CoursesRepository } from '../courses/courses.repository';
import type { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import type { DomainEnv } from '../lib/http/domain-env';
import type { UsersRepository } from '../users/users.repository';
import type { ReviewsRepository } from './reviews.repository';

/** What reviews use: their table, the course item's rating counters, enrollments (who may review) and display names. */
export interface ReviewsDeps extends GuardDeps {
  readonly reviews: ReviewsRepository;
  readonly courses: CoursesRepository;
  readonly enrollments: EnrollmentsRepository;
  readonly users: UsersRepository;
}

export type ReviewsEnv = DomainEnv<ReviewsDeps>;
