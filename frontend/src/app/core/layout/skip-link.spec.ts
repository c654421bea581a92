import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { SkipLink } from './skip-link';

@Component({
  imports: [SkipLink],
  template: `<app-skip-link target="content" /><main id="content" tabindex="-1">Main</main>`,
})
class Host {}

describe('SkipLink', () => {
  it('moves focus to the target without navigating', async () => {
    TestBed.configureTestingModule({ imports: [Host] });
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();

    const root = fixture.nativeElement as HTMLElement;
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#content');
    expect(link.textContent).toContain('Skip to main content');

    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);

    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('main'));
    fixture.nativeElement.remove();
  });
});
