import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { AppToolbar } from './app-toolbar';

describe('AppToolbar', () => {
  it('shows the product name as a link home', async () => {
    TestBed.configureTestingModule({ imports: [AppToolbar], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(AppToolbar);
    await fixture.whenStable();

    const link = (fixture.nativeElement as HTMLElement).querySelector('a')!;
    expect(link.textContent?.trim()).toBe('Lessonstage');
    expect(link.getAttribute('href')).toBe('/');
  });
});
