import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aUser, anAdmin } from '../auth/testing/auth-fixtures';
import { signInAs } from '../auth/testing/sign-in-as';
import { UserMenu } from './user-menu';

describe('UserMenu', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });

  afterEach(() => document.querySelector('.cdk-overlay-container')?.replaceChildren());

  async function openMenu() {
    const fixture = TestBed.createComponent(UserMenu);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const trigger = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="user-menu"]')!;
    trigger.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    fixture.nativeElement.remove();
    return { trigger, items };
  }

  it('names the trigger after the user and lists My courses, Certificates, Account and Sign out for students', async () => {
    await signInAs(aUser({ name: 'Ann Student' }));
    const { trigger, items } = await openMenu();

    expect(trigger.querySelector('[data-testid="user-name"]')?.textContent).toBe('Ann Student');
    expect(items.map((item) => item.textContent?.trim())).toEqual(['My courses', 'Certificates', 'Account', 'Sign out']);
    expect(items[0].getAttribute('href')).toBe('/my-courses');
  });

  it('adds Admin for administrators', async () => {
    await signInAs(anAdmin());
    const { items } = await openMenu();

    expect(items.map((item) => item.textContent?.trim())).toEqual(['My courses', 'Certificates', 'Account', 'Admin', 'Sign out']);
    expect(items[3].getAttribute('data-testid')).toBe('admin-link');
    expect(items[3].getAttribute('href')).toBe('/admin');
  });
});
