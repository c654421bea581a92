import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { AuthCard } from './auth-card';

@Component({
  imports: [AuthCard],
  template: `<app-auth-card heading="Sign in" lede="Welcome back."><form id="f"></form></app-auth-card>`,
})
class Host {}

describe('AuthCard', () => {
  it('shows the heading as the page h1, the lede and the projected form', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;

    expect(el.querySelector('h1')?.textContent).toBe('Sign in');
    expect(el.querySelector('.lede')?.textContent).toBe('Welcome back.');
    expect(el.querySelector('.card form#f')).not.toBeNull();
  });
});
