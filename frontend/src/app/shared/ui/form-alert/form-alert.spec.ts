import { TestBed } from '@angular/core/testing';

import { FormAlert } from './form-alert';

describe('FormAlert', () => {
  async function render(message: string | null, tone?: 'error' | 'success' | 'info') {
    TestBed.configureTestingModule({ imports: [FormAlert] });
    const fixture = TestBed.createComponent(FormAlert);
    fixture.componentRef.setInput('message', message);
    if (tone) {
      fixture.componentRef.setInput('tone', tone);
    }
    await fixture.whenStable();
    return { fixture, region: (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.form-alert')! };
  }

  it('shows an error in an alert region', async () => {
    const { region } = await render('Wrong e-mail or password');
    expect(region.getAttribute('role')).toBe('alert');
    expect(region.getAttribute('data-testid')).toBe('form-error');
    expect(region.textContent?.trim()).toBe('Wrong e-mail or password');
    expect(region.classList).not.toContain('form-alert--empty');
  });

  it('keeps an empty live region in the page until there is a message', async () => {
    const { fixture, region } = await render(null);
    expect(region.getAttribute('role')).toBe('alert');
    expect(region.textContent?.trim()).toBe('');
    expect(region.classList).toContain('form-alert--empty');

    fixture.componentRef.setInput('message', 'Now it failed');
    await fixture.whenStable();
    expect(region.textContent).toContain('Now it failed');
  });

  it('uses a polite status region for confirmations', async () => {
    const { region } = await render('We sent a new code.', 'success');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.getAttribute('data-testid')).toBe('form-status');
  });
});
