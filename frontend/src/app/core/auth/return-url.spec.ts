import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { afterSignInUrl, isReturnableUrl, returnUrlParams, safeReturnUrl, signInUrlTree } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnUrl('/account')).toBe('/account');
    expect(safeReturnUrl('/courses/a?x=1#y')).toBe('/courses/a?x=1#y');
  });

  it('refuses anything that could leave the site', () => {
    for (const url of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'account', '']) {
      expect(safeReturnUrl(url)).toBe('/');
    }
    expect(safeReturnUrl(null)).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});

describe('isReturnableUrl', () => {
  it('skips home and the sign-in pages', () => {
    expect(isReturnableUrl('/admin')).toBe(true);
    expect(isReturnableUrl('/')).toBe(false);
    expect(isReturnableUrl('/signin?returnUrl=%2Fadmin')).toBe(false);
    expect(isReturnableUrl('/signin/mfa')).toBe(false);
    expect(isReturnableUrl('/reset')).toBe(false);
    expect(isReturnableUrl('/signing-tips')).toBe(true);
  });
});

describe('returnUrlParams', () => {
  it('carries only useful, safe URLs', () => {
    expect(returnUrlParams('/account')).toEqual({ returnUrl: '/account' });
    expect(returnUrlParams('//evil.example')).toEqual({});
    expect(returnUrlParams('/')).toEqual({});
    expect(returnUrlParams(null)).toEqual({});
  });
});

describe('signInUrlTree', () => {
  it('builds /signin with the return URL encoded', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const router = TestBed.inject(Router);

    expect(router.serializeUrl(signInUrlTree(router, '/courses/a?tab=b'))).toBe(
      '/signin?returnUrl=%2Fcourses%2Fa%3Ftab%3Db',
    );
    expect(router.serializeUrl(signInUrlTree(router, '/'))).toBe('/signin');
  });
});

describe('afterSignInUrl', () => {
  it('keeps the page the user was going to, admin or not', () => {
    expect(afterSignInUrl('/courses/a', 'admin')).toBe('/courses/a');
    expect(afterSignInUrl('/account', 'student')).toBe('/account');
  });

  it('lands an administrator on the admin area, and everyone else home, when nothing was asked for', () => {
    expect(afterSignInUrl(undefined, 'admin')).toBe('/admin');
    expect(afterSignInUrl('/', 'admin')).toBe('/admin');
    expect(afterSignInUrl('//evil.example', 'admin')).toBe('/admin');
    expect(afterSignInUrl(undefined, 'student')).toBe('/');
    expect(afterSignInUrl(undefined, undefined)).toBe('/');
  });
});
