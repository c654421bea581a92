import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MailboxMessage } from '@lessonstage/shared';

import { buttonNamed, inputLabelled, textOf, typeInto } from '../../shared/testing/dom-queries';
import { DevMailboxPage } from './dev-mailbox-page';

const message = (overrides: Partial<MailboxMessage> = {}): MailboxMessage => ({
  to: 'ann@example.com',
  subject: 'Confirm your Lessonstage account',
  text: 'Welcome to Lessonstage!\nYour code is 123456',
  sentAt: '2026-03-01T10:00:00.000Z',
  ...overrides,
});

describe('DevMailboxPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'dev/mailbox', component: DevMailboxPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const el = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const entries = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="mailbox-message"]'));
  const mailboxRequest = (): TestRequest => http.expectOne((req) => req.url === '/api/dev/mailbox');

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    await stable();
  }

  it('prefills the filter from ?to= and lists the messages newest first', async () => {
    await open('/dev/mailbox?to=ann@example.com');
    expect(inputLabelled(el(), 'Recipient address').value).toBe('ann@example.com');
    expect(el().querySelector('[data-testid="loading-state"]')).not.toBeNull();

    const req = mailboxRequest();
    expect(req.request.params.get('to')).toBe('ann@example.com');
    req.flush([
      message({ subject: 'Older', sentAt: '2026-03-01T09:00:00.000Z', text: 'Your code is 111111' }),
      message({ subject: 'Newer', sentAt: '2026-03-01T11:00:00.000Z', text: 'Your code is 222222' }),
    ]);
    await stable();

    expect(entries()).toHaveLength(2);
    const first = entries()[0];
    expect(first.querySelector('h2')?.textContent).toBe('Newer');
    expect(textOf(first.querySelector('[data-testid="mailbox-to"]'))).toBe('ann@example.com');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01T11:00:00.000Z');
    expect(first.querySelector('time')?.textContent).toMatch(/2026/);
    expect(first.querySelector('pre')?.textContent).toBe('Your code is 222222');
    expect(textOf(first.querySelector('[data-testid="mailbox-code"]'))).toBe('222222');
    expect(textOf(entries()[1].querySelector('h2'))).toBe('Older');
    expect(textOf(el().querySelector('[role="status"]'))).toBe('2 messages to ann@example.com');
  });

  it('lists every message without a filter', async () => {
    await open('/dev/mailbox');
    const req = mailboxRequest();
    expect(req.request.params.has('to')).toBe(false);
    req.flush([message()]);
    await stable();

    expect(entries()).toHaveLength(1);
    expect(textOf(el().querySelector('[role="status"]'))).toBe('1 message');
  });

  it('refreshes with the typed address and keeps it in the URL', async () => {
    await open('/dev/mailbox');
    mailboxRequest().flush([]);
    await stable();
    expect(el().textContent).toContain('No messages yet');

    typeInto(inputLabelled(el(), 'Recipient address'), ' bob@example.com ');
    buttonNamed(el(), 'Refresh').click();
    await stable();
    const req = mailboxRequest();
    expect(req.request.params.get('to')).toBe('bob@example.com');
    req.flush([message({ to: 'bob@example.com' })]);
    await stable();

    expect(TestBed.inject(Router).url).toBe('/dev/mailbox?to=bob@example.com');
    expect(entries()).toHaveLength(1);
    http.expectNone('/api/dev/mailbox'); // the URL update did not load twice

    // Refresh with the same filter loads again (new mail may have arrived).
    buttonNamed(el(), 'Refresh').click();
    await stable();
    mailboxRequest().flush([message({ to: 'bob@example.com' }), message({ to: 'bob@example.com', subject: 'Reset' })]);
    await stable();
    expect(entries()).toHaveLength(2);
  });

  it('explains that the mailbox exists only in the local stack when the API answers 404', async () => {
    await open('/dev/mailbox');
    mailboxRequest().flush({ error: 'No route for GET /api/dev/mailbox', code: 'NotFound' }, { status: 404, statusText: 'Not Found' });
    await stable();

    expect(textOf(el().querySelector('[data-testid="mailbox-unavailable"]'))).toContain(
      'The dev mailbox exists only in the local stack.',
    );
    expect(entries()).toHaveLength(0);
    expect(el().querySelector('[data-testid="error-state"]')).toBeNull();
  });

  it('offers Retry for other failures', async () => {
    await open('/dev/mailbox');
    mailboxRequest().flush({ error: 'boom' }, { status: 500, statusText: 'Server Error' });
    await stable();

    const error = el().querySelector<HTMLElement>('[data-testid="error-state"]')!;
    expect(error.textContent).toContain("couldn't load the mailbox");
    buttonNamed(error, 'Retry').click();
    await stable();
    mailboxRequest().flush([message()]);
    await stable();
    expect(entries()).toHaveLength(1);
  });
});
