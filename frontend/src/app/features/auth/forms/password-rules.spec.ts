import { TestBed } from '@angular/core/testing';

import { passwordRuleStates, PasswordRules } from './password-rules';

describe('passwordRuleStates', () => {
  it('lists every shared rule in order with whether it is met', () => {
    expect(passwordRuleStates('abc')).toEqual([
      { label: 'be at least 8 characters', met: false },
      { label: 'contain an uppercase letter', met: false },
      { label: 'contain a lowercase letter', met: true },
      { label: 'contain a digit', met: false },
      { label: 'contain a symbol', met: false },
    ]);
    expect(passwordRuleStates('Admin!2345').every((rule) => rule.met)).toBe(true);
  });
});

describe('PasswordRules', () => {
  it('ticks rules off as the password changes', async () => {
    const fixture = TestBed.createComponent(PasswordRules);
    fixture.componentRef.setInput('password', 'abc');
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const met = () => Array.from(el.querySelectorAll('li')).map((li) => li.getAttribute('data-met'));

    expect(el.querySelectorAll('li')).toHaveLength(5);
    expect(met()).toEqual(['false', 'false', 'true', 'false', 'false']);
    expect(el.querySelectorAll('li')[0].textContent).toContain('be at least 8 characters');
    expect(el.querySelectorAll('li')[0].textContent).toContain('(not yet)');

    fixture.componentRef.setInput('password', 'Abcdefg1!');
    await fixture.whenStable();
    expect(met()).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(el.querySelectorAll('li')[4].textContent).toContain('(done)');
  });
});
