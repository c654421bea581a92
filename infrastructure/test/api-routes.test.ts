import { existsSync } from 'node:fs';
import { API_ROUTES, DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { TABLE_DEFINITIONS } from '@lessonstage/backend/tables';
import { describe, expect, it } from 'vitest';
import { assertPublicRoutes, gatewayRoutes, PUBLIC_ROUTES, routeKey, toApiGatewayPath, unlistedOpenRoutes } from '../lib/api-routes';
import { accessOf, DOMAIN_ACCESS } from '../lib/domain-access';
import { handlerEntry } from '../lib/paths';

describe('toApiGatewayPath', () => {
  it('turns Hono parameters into API Gateway parameters', () => {
    expect(toApiGatewayPath('/api/courses/:courseId')).toBe('/api/courses/{courseId}');
    expect(toApiGatewayPath('/api/courses/:courseId/lessons/:lessonId')).toBe('/api/courses/{courseId}/lessons/{lessonId}');
    expect(toApiGatewayPath('/api/health')).toBe('/api/health');
  });

  it('drops regex constraints (the handler validates) and maps a trailing wildcard to a greedy parameter', () => {
    expect(toApiGatewayPath('/api/orders/:id{[0-9]+}')).toBe('/api/orders/{id}');
    expect(toApiGatewayPath('/api/files/*')).toBe('/api/files/{proxy+}');
  });

  it('rejects what API Gateway cannot express', () => {
    expect(() => toApiGatewayPath('/api/courses/:courseId?')).toThrow(/Optional parameter/);
    expect(() => toApiGatewayPath('/api/files/a*b')).toThrow(/Unsupported/);
  });
});

describe('gatewayRoutes', () => {
  it('builds route keys and collapses entries of one key and domain, keeping the strictest guard', () => {
    const routes = gatewayRoutes([
      { domain: 'auth', method: 'GET', path: '/api/auth/me', access: 'public' },
      { domain: 'auth', method: 'GET', path: '/api/auth/me', access: 'user' },
      { domain: 'courses', method: 'get', path: '/api/courses/:courseId', access: 'public' },
    ]);
    expect(routes).toEqual([
      { key: 'GET /api/auth/me', method: 'GET', path: '/api/auth/me', domain: 'auth', access: 'user' },
      { key: 'GET /api/courses/{courseId}', method: 'GET', path: '/api/courses/{courseId}', domain: 'courses', access: 'public' },
    ]);
  });

  it('refuses one route served by two domains, and unknown methods', () => {
    expect(() =>
      gatewayRoutes([
        { domain: 'a', method: 'GET', path: '/api/x', access: 'public' },
        { domain: 'b', method: 'GET', path: '/api/x', access: 'public' },
      ]),
    ).toThrow(/two domains/);
    expect(() => routeKey({ method: 'ALL', path: '/api/x' })).toThrow(/Unsupported HTTP method/);
  });
});

describe('PUBLIC_ROUTES checks', () => {
  const routes = gatewayRoutes([
    { domain: 'a', method: 'GET', path: '/api/open', access: 'public' },
    { domain: 'a', method: 'GET', path: '/api/maybe', access: 'optional-user' },
    { domain: 'a', method: 'GET', path: '/api/mine', access: 'user' },
    { domain: 'b', method: 'GET', path: '/api/admin/things', access: 'public' },
  ]);

  it('accepts public and optional-user routes', () => {
    expect(() => assertPublicRoutes(routes, new Set(['GET /api/open', 'GET /api/maybe']))).not.toThrow();
  });

  it('refuses stale entries, guarded routes and admin routes', () => {
    expect(() => assertPublicRoutes(routes, new Set(['GET /api/gone']))).toThrow(/GET \/api\/gone: the backend serves no such route/);
    expect(() => assertPublicRoutes(routes, new Set(['GET /api/mine']))).toThrow(/requires a user/);
    expect(() => assertPublicRoutes(routes, new Set(['GET /api/admin/things']))).toThrow(/never public/);
  });

  it('finds open routes the list forgot, but not admin routes guarded by router middleware', () => {
    expect(unlistedOpenRoutes(routes, new Set(['GET /api/open'])).map((r) => r.key)).toEqual(['GET /api/maybe']);
  });
});

describe('the backend as deployed', () => {
  it('has a handler entry file and a DOMAIN_ACCESS entry for every domain', () => {
    for (const domain of DOMAIN_NAMES) {
      expect(existsSync(handlerEntry(domain)), handlerEntry(domain)).toBe(true);
      expect(() => accessOf(domain)).not.toThrow();
    }
  });

  it('grants access only to tables that exist', () => {
    const ids = new Set(TABLE_DEFINITIONS.map((t) => t.id));
    for (const access of Object.values(DOMAIN_ACCESS)) {
      for (const tableId of Object.keys(access.tables ?? {})) expect(ids).toContain(tableId);
    }
  });

  it('lists exactly the routes whose handlers let anonymous callers in', () => {
    const routes = gatewayRoutes(API_ROUTES);
    expect(() => assertPublicRoutes(routes, PUBLIC_ROUTES)).not.toThrow();
    expect(unlistedOpenRoutes(routes, PUBLIC_ROUTES)).toEqual([]);
  });

  it('keeps health and the catalog public and everything under /api/admin private', () => {
    expect(PUBLIC_ROUTES).toContain('GET /api/health');
    expect(PUBLIC_ROUTES).toContain('GET /api/courses/{courseId}');
    expect([...PUBLIC_ROUTES].some((key) => key.includes('/api/admin'))).toBe(false);
  });
});
