import type { ReviewsDeps } from '../../reviews/reviews.deps';
import { reviewsRoutes } from '../../reviews/reviews.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

/** Course reviews: DynamoDB (reviews, the course's rating, enrollments, names) and the token check. */
export const reviewsFunction: DomainFunction<ReviewsDeps> = {
  domain: { name: 'reviews', routes: reviewsRoutes },
  deps: (config) => {
    const { reviews, courses, enrollments, users } = createRepositories(config);
    return { reviews, courses, enrollments, users, tokens: createTokenVerifier(config) };
  },
};

export const handler = createDomainHandler(reviewsFunction);
