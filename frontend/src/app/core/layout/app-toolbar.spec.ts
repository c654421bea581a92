import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, DeferBlockState, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { AuthStore } from '../auth/auth.store';
import { aUser, anAdmin } from '../auth/testing/auth-fixtures';
import { signInAs } from '../auth/testing/sign-in-as';
import { AppToolbar } from './app-toolbar';

@Component({ selector: 'app-blank', template: '' })
class Blank {}

describe('AppToolbar', () => {
  let fixture: ComponentFixture<AppToolbar>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AppToolbar],
      providers: [provideRouter([{ path: '**', component: Blank }]), provideHttpClient(), provideHttpClientTesting()],
    });
    await TestBed.compileComponents(); // resolves the @defer blocks' lazy dependencies
    fixture = TestBed.createComponent(AppToolbar);
    document.body.appendChild(fixture.nativeElement);
  });

  afterEach(() => {
    fixture.nativeElement.remove();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    // The bell asks for the unread count as soon as it appears (its own spec covers it).
    TestBed.inject(HttpTestingController)
      .match('/api/me/notifications/count')
      .forEach((request) => request.cancelled || request.flush({ unreadCount: 0 }));
    TestBed.inject(HttpTestingController).verify();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  /** Renders, letting @defer blocks load their dependencies. */
  async function render(): Promise<void> {
    await fixture.whenStable();
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    await fixture.whenStable();
  }

  /** A visitor who never signed in here: no session hint, so the store asks the API nothing. */
  async function signOutState(): Promise<void> {
    await TestBed.inject(AuthStore).restore();
  }

  it('shows the product name as a link home', async () => {
    await render();
    const link = el().querySelector('a')!;
    expect(link.textContent?.trim()).toBe('Lessonstage');
    expect(link.getAttribute('href')).toBe('/');
  });

  it('shows neither sign-in links nor a user while the session is being checked', async () => {
    await render();
    expect(byTestId('signin-link')).toBeNull();
    expect(byTestId('user-menu')).toBeNull();
    expect(el().querySelector('.actions')?.textContent?.trim()).toBe('');
  });

  it('offers "Sign in" and "Sign up" links when signed out', async () => {
    await signOutState();
    await render();

    const signIn = byTestId('signin-link')!;
    const signUp = byTestId('signup-link')!;
    expect(signIn.tagName).toBe('A');
    expect(signIn.textContent?.trim()).toBe('Sign in');
    expect(signIn.getAttribute('href')).toBe('/signin');
    expect(signUp.textContent?.trim()).toBe('Sign up');
    expect(signUp.getAttribute('href')).toBe('/signup');
    expect(byTestId('user-menu')).toBeNull();
  });

  it("shows a student's name with a menu: My courses, Practice, Certificates, Account and Sign out, no Admin", async () => {
    await signInAs(aUser({ name: 'Ann Student' }));
    await render();

    expect(byTestId('signin-link')).toBeNull();
    expect(byTestId('user-name')?.textContent).toBe('Ann Student');
    const trigger = byTestId('user-menu')!;
    expect(trigger.tagName).toBe('BUTTON');
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');

    trigger.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    expect(items.map((item) => item.textContent?.trim())).toEqual(['My courses', 'Practice', 'Certificates', 'Account', 'Sign out']);
    expect(items[3].getAttribute('href')).toBe('/account');
    expect(items[1].getAttribute('href')).toBe('/practice');
    expect(items[2].getAttribute('href')).toBe('/certificates');
    expect(byTestId('admin-link')).toBeNull();
  });

  it('shows the notification bell with its unread count to signed-in users only', async () => {
    await signInAs(aUser());
    await render();
    TestBed.inject(HttpTestingController).expectOne('/api/me/notifications/count').flush({ unreadCount: 2 });
    await fixture.whenStable();

    expect(byTestId('notification-bell')?.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(byTestId('notification-count')?.textContent?.trim()).toBe('2');
  });

  it('has no bell for visitors', async () => {
    await signOutState();
    await render();
    expect(byTestId('notification-bell')).toBeNull();
  });

  it('adds the Admin entry for administrators', async () => {
    await signInAs(anAdmin());
    await render();

    byTestId('user-menu')!.click();
    await fixture.whenStable();
    const admin = byTestId('admin-link')!;
    expect(admin.textContent?.trim()).toBe('Admin');
    expect(admin.getAttribute('href')).toBe('/admin');
  });

  it('signs out from the menu and goes home', async () => {
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/account');
    await signInAs(aUser());
    await render();

    byTestId('user-menu')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('[role="menuitem"]'))
      .find((item) => item.textContent?.trim() === 'Sign out')!
      .click();
    TestBed.inject(HttpTestingController).expectOne({ method: 'POST', url: '/api/auth/signout' }).flush({ signedOut: true });
    await render();

    expect(TestBed.inject(AuthStore).status()).toBe('signed-out');
    expect(router.url).toBe('/');
    expect(byTestId('user-menu')).toBeNull();
    expect(byTestId('signin-link')).not.toBeNull();
  });
});
