import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AppFooter } from './app-footer';

describe('AppFooter', () => {
  it('is a contentinfo footer linking the dev mailbox', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(AppFooter);
    await fixture.whenStable();

    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('footer')).not.toBeNull();
    const link = el.querySelector('a')!;
    expect(link.textContent).toBe('Dev mailbox');
    expect(link.getAttribute('href')).toBe('/dev/mailbox');
  });
});
