import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { formatPageTitle, PageTitleStrategy } from './page-title-strategy';

@Component({ template: '' })
class Blank {}

describe('formatPageTitle', () => {
  it('suffixes the product name', () => {
    expect(formatPageTitle('Courses')).toBe('Courses · Lessonstage');
  });

  it('is just the product name without a page title', () => {
    expect(formatPageTitle(undefined)).toBe('Lessonstage');
    expect(formatPageTitle('  ')).toBe('Lessonstage');
  });
});

describe('PageTitleStrategy', () => {
  it("sets the document title from the route's title", async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'a', title: 'Page A', component: Blank },
          { path: 'b', component: Blank },
        ]),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const title = TestBed.inject(Title);

    await harness.navigateByUrl('/a');
    expect(title.getTitle()).toBe('Page A · Lessonstage');

    await harness.navigateByUrl('/b');
    expect(title.getTitle()).toBe('Lessonstage');
  });
});
