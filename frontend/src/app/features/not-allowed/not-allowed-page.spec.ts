import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aUser } from '../../core/auth/testing/auth-fixtures';
import { signInAs } from '../../core/auth/testing/sign-in-as';
import { NotAllowedPage } from './not-allowed-page';

describe('NotAllowedPage', () => {
  it('says the page is for administrators, who is signed in, and links home', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    await signInAs(aUser({ email: 'student@example.com' }));
    const fixture = TestBed.createComponent(NotAllowedPage);
    await fixture.whenStable();

    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toBe('Not allowed');
    expect(el.textContent).toContain('for administrators');
    expect(el.textContent).toContain('student@example.com');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/');
  });
});
