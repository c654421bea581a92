import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { CoursesDeps, CoursesEnv } from '../courses/courses.deps';
import { coursesRoutes } from '../courses/courses.routes';
import type { DomainFunction } from './domain-function';

// These are compile-time checks: `npm run typecheck` fails if a `@ts-expect-error` stops being an error.
describe("a domain's stated deps", () => {
  it('refuse a function that forgets to build one of them', () => {
    const forgetful: DomainFunction<CoursesDeps> = {
      domain: { name: 'courses', routes: coursesRoutes },
      // @ts-expect-error the catalog's routes read `courses`: a factory without it does not compile
      deps: (config) => ({ mediaBaseUrl: config.mediaBaseUrl }),
    };
    expect(forgetful.domain.name).toBe('courses');
  });

  it("refuse a route that reaches for a client its domain did not state", () => {
    const routes = new Hono<CoursesEnv>().get('/x', (c) => {
      // @ts-expect-error the catalog states no Stripe gateway
      const stripe: unknown = c.get('deps').stripe;
      return c.json({ stripe: Boolean(stripe) });
    });
    expect(routes.routes).toHaveLength(1);
  });
});
