import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aSubmission } from '../../../shared/exchange/testing/submission-fixtures';
import { ExchangeQueuePage } from './exchange-queue-page';

describe('ExchangeQueuePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists waiting takes in the order the API gives (oldest first), pages on, and switches to answered ones', async () => {
    const fixture = TestBed.createComponent(ExchangeQueuePage);
    const el = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    fixture.detectChanges();
    http.expectOne('/api/admin/submissions?status=awaiting').flush({ items: [aSubmission({ submissionId: 'sub_old', studentName: 'Ana' })], nextCursor: 'next' });
    await settle();
    const who = () => Array.from(el.querySelectorAll('[data-testid="queue-item"] .who')).map((e) => e.textContent?.trim());
    expect(who()).toEqual(['Ana']);
    expect(el.querySelector('[data-testid="queue-item"] a')?.getAttribute('href')).toBe('/admin/exchange/sub_old');

    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Show more'))!.click();
    http.expectOne('/api/admin/submissions?status=awaiting&cursor=next').flush({ items: [aSubmission({ submissionId: 'sub_new', studentName: 'Ben' })], nextCursor: null });
    await settle();
    expect(who()).toEqual(['Ana', 'Ben']);

    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Answered'))!.click();
    await settle();
    http.expectOne('/api/admin/submissions?status=answered').flush({ items: [], nextCursor: null });
    await settle();
    expect(el.querySelector('[data-testid="exchange-queue-empty"]')?.textContent).toContain('No answered takes yet.');
  });
});
