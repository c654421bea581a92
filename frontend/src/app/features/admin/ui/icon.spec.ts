import { TestBed } from '@angular/core/testing';

import { Icon } from './icon';

describe('Icon', () => {
  it('draws the named icon, hidden from assistive technology', async () => {
    const fixture = TestBed.createComponent(Icon);
    fixture.componentRef.setInput('name', 'delete');
    await fixture.whenStable();

    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('width')).toBe('20');
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M6 19/);
  });
});
