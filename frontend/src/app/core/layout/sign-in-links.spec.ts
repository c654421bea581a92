import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { SignInLinks } from './sign-in-links';

describe('SignInLinks', () => {
  it('links to sign-in and sign-up (links, so they are not mistaken for the forms’ buttons)', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(SignInLinks);
    await fixture.whenStable();

    const links = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a'));
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Sign in', '/signin'],
      ['Sign up', '/signup'],
    ]);
    expect((fixture.nativeElement as HTMLElement).querySelector('button')).toBeNull();
  });
});
