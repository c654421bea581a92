import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { AdminShell } from './admin-shell';

@Component({ template: '<p>page</p>' })
class Blank {}

describe('AdminShell', () => {
  async function at(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'admin',
            component: AdminShell,
            children: [
              { path: '', component: Blank },
              { path: 'courses/:id', component: Blank },
              { path: 'purchases', component: Blank },
              { path: 'exchange/:id', component: Blank },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    const el = harness.routeNativeElement!;
    const tabs = () => Array.from(el.querySelectorAll<HTMLAnchorElement>('nav a'));
    return { harness, el, tabs };
  }

  it('has labelled navigation tabs for Courses, Purchases, Reports, Exchange and Profile', async () => {
    const { el, tabs } = await at('/admin');
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Admin');
    expect(tabs().map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['Courses', '/admin'],
      ['Purchases', '/admin/purchases'],
      ['Reports', '/admin/reports'],
      ['Exchange', '/admin/exchange'],
      ['Profile', '/admin/profile'],
    ]);
    expect(el.textContent).toContain('page');
  });

  it('marks the tab of the current section, also on its sub-pages', async () => {
    const { harness, tabs } = await at('/admin');
    expect(tabs().map((a) => a.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);

    await harness.navigateByUrl('/admin/courses/abc?x=1');
    expect(tabs().map((a) => a.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);

    await harness.navigateByUrl('/admin/purchases');
    expect(tabs().map((a) => a.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false', 'false', 'false']);

    await harness.navigateByUrl('/admin/exchange/sub_1');
    expect(tabs().map((a) => a.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'true', 'false']);
  });
});
