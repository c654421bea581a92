import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { textOf } from '../../../shared/testing/dom-queries';
import { UnsubscribePage } from './unsubscribe-page';

describe('UnsubscribePage', () => {
  let http: HttpTestingController;

  async function open(token: string | undefined) {
    TestBed.configureTestingModule({ imports: [UnsubscribePage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(UnsubscribePage);
    if (token !== undefined) fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  const status = (el: HTMLElement) => textOf(el.querySelector('[data-testid="unsubscribe-status"]'));

  it('unsubscribes with the link\'s token, without signing in, and says so plainly', async () => {
    const fixture = await open('abc.def');
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/practice/unsubscribe');
    expect(req.request.params.get('token')).toBe('abc.def');
    req.flush({ weeklySummary: false });
    await fixture.whenStable();
    expect(status(fixture.nativeElement)).toContain('You are unsubscribed');
  });

  it('says a changed link is not valid', async () => {
    const fixture = await open('abc.forged');
    http.expectOne((r) => r.url === '/api/practice/unsubscribe').flush({ error: 'token: not valid', code: 'InvalidUnsubscribeToken' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(status(fixture.nativeElement)).toContain('This unsubscribe link is not valid');
  });

  it('sends nothing without a token', async () => {
    const fixture = await open(undefined);
    http.expectNone('/api/practice/unsubscribe');
    expect(status(fixture.nativeElement)).toContain('not valid');
  });
});
