import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { buttonNamed, fieldErrors, inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { aPurchase } from '../testing/purchase-fixtures';
import { AdminPurchasesPage, PURCHASES_PAGE_SIZE, REFUND_POLL_MS, REFUND_POLL_TIMES } from './admin-purchases-page';

describe('AdminPurchasesPage', () => {
  let fixture: ComponentFixture<AdminPurchasesPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    // Only rxjs' polling interval is faked; Angular's own scheduling keeps running.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminPurchasesPage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    fixture.nativeElement.remove();
    fixture.destroy();
    http.verify();
    vi.useRealTimers();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="purchase-row"]'));
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const status = (row: HTMLElement) => text(row.querySelector('[data-testid="purchase-status"]'));
  const refundButton = (row: HTMLElement) => row.querySelector<HTMLButtonElement>('[data-testid="refund-button"]');
  // The confirmation opens as a modal attached to the document, outside the page's element.
  const dialog = () => document.querySelector<HTMLDialogElement>('dialog[open]');
  const dialogButton = (name: string) =>
    Array.from(dialog()?.querySelectorAll('button') ?? []).find((button) => text(button) === name)!;

  async function showList(items = [aPurchase(), aPurchase({ paymentId: 'pi_2', status: 'refunded', courseTitle: undefined, courseId: 'c-2', amountCents: 4500, currency: 'eur', buyerName: undefined, buyerEmail: undefined })], nextCursor: string | null = null) {
    http.expectOne(`/api/admin/purchases?limit=${PURCHASES_PAGE_SIZE}`).flush({ items, nextCursor });
    await fixture.whenStable();
  }

  async function confirmRefund(row: HTMLElement): Promise<void> {
    refundButton(row)!.click();
    await fixture.whenStable();
    dialogButton('Refund').click();
    await fixture.whenStable();
  }

  it("lists purchases: date, course, the buyer's name and e-mail, amount in its currency, status", async () => {
    expect(el().querySelector('[data-testid="loading-state"]')).not.toBeNull();
    await showList();

    expect(Array.from(el().querySelectorAll('th')).map((th) => text(th))).toEqual(['Date', 'Course', 'Buyer', 'Amount', 'Status', 'Actions']);
    const [paid, refunded] = rows();
    expect(paid.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T04:20:00.000Z');
    expect(text(paid)).toContain('Nov 25, 2026');
    expect(text(paid)).toContain('Guitar from Zero');
    expect(paid.querySelector('a')?.getAttribute('href')).toBe('/courses/demo-guitar-first-chords');
    const buyer = paid.querySelector('[data-testid="purchase-buyer"]');
    expect(text(buyer?.querySelector('.buyer-name'))).toBe('Ann Student');
    expect(text(buyer?.querySelector('.buyer-email'))).toBe('ann@example.com');
    expect(buyer?.querySelector('a')?.getAttribute('href')).toBe('mailto:ann@example.com');
    expect(buyer?.getAttribute('title')).toBe('User id a90ce099-1234-4c1d-9e8f-000000000001');
    expect(refundButton(paid)?.getAttribute('aria-label')).toBe('Refund $29.00 to Ann Student (ann@example.com) for Guitar from Zero');
    expect(text(paid.querySelector('[data-testid="purchase-amount"]'))).toBe('$29.00');
    expect(status(paid)).toBe('Paid');
    expect(refundButton(paid)).not.toBeNull();

    expect(text(refunded)).toContain('c-2');
    // A buyer the API could not name (the account is gone): still something to go by.
    expect(text(refunded.querySelector('[data-testid="purchase-buyer"]'))).toBe('Unknown buyer (a90ce099…)');
    expect(text(refunded.querySelector('[data-testid="purchase-amount"]'))).toBe('€45.00');
    expect(status(refunded)).toBe('Refunded');
    expect(refundButton(refunded)).toBeNull();
  });

  it('refunds after confirmation, then shows the purchase refunded once Stripe confirms', async () => {
    await showList();
    const row = rows()[0];

    refundButton(row)!.click();
    await fixture.whenStable();
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(text(dialog()?.querySelector(`#${dialog()?.getAttribute('aria-labelledby')}`))).toBe('Refund $29.00?');
    expect(text(dialog())).toContain('Guitar from Zero');
    expect(dialogButton('Cancel').hasAttribute('autofocus')).toBe(true);
    dialogButton('Refund').click();
    await fixture.whenStable();

    http.expectOne({ method: 'POST', url: '/api/admin/purchases/pi_1/refund' }).flush({ refundRequested: true }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(status(row)).toBe('Refund requested…');
    expect(refundButton(row)).toBeNull();
    expect(text(el().querySelector('[role="status"]'))).toContain('Refund of $29.00 requested');

    await vi.advanceTimersByTimeAsync(REFUND_POLL_MS);
    http.expectOne('/api/admin/purchases/pi_1').flush(aPurchase());
    await fixture.whenStable();
    expect(status(row)).toBe('Refund requested…'); // the webhook has not arrived yet

    await vi.advanceTimersByTimeAsync(REFUND_POLL_MS);
    http
      .expectOne('/api/admin/purchases/pi_1')
      .flush(aPurchase({ status: 'refunded', refundedAt: '2026-11-25T04:21:00.000Z' }));
    await fixture.whenStable();
    expect(status(rows()[0])).toBe('Refunded');
    expect(refundButton(rows()[0])).toBeNull();

    await vi.advanceTimersByTimeAsync(5 * REFUND_POLL_MS);
    http.expectNone('/api/admin/purchases/pi_1');
  });

  it('stops checking after a while and leaves the row as requested', async () => {
    await showList();
    await confirmRefund(rows()[0]);
    http.expectOne('/api/admin/purchases/pi_1/refund').flush({ refundRequested: true }, { status: 202, statusText: 'Accepted' });
    for (let poll = 0; poll < REFUND_POLL_TIMES; poll++) {
      await vi.advanceTimersByTimeAsync(REFUND_POLL_MS);
      http.expectOne('/api/admin/purchases/pi_1').flush(aPurchase());
    }
    await vi.advanceTimersByTimeAsync(5 * REFUND_POLL_MS);
    http.expectNone('/api/admin/purchases/pi_1');
    await fixture.whenStable();
    expect(status(rows()[0])).toBe('Refund requested…');
  });

  it('does nothing when the dialog is cancelled', async () => {
    await showList();
    refundButton(rows()[0])!.click();
    await fixture.whenStable();
    dialogButton('Cancel').click();
    await fixture.whenStable();
    expect(dialog()).toBeNull();
    http.expectNone({ method: 'POST' });
    expect(status(rows()[0])).toBe('Paid');
    expect(refundButton(rows()[0])).not.toBeNull();
  });

  it('treats Escape (the dialog closing by itself) as Cancel', async () => {
    await showList();
    refundButton(rows()[0])!.click();
    await fixture.whenStable();
    dialog()!.dispatchEvent(new Event('cancel', { cancelable: true })); // what Escape fires
    await fixture.whenStable();
    http.expectNone({ method: 'POST' });
    expect(refundButton(rows()[0])).not.toBeNull();
  });

  it('explains a refused refund and shows the purchase as it now is', async () => {
    await showList();
    await confirmRefund(rows()[0]);
    http
      .expectOne('/api/admin/purchases/pi_1/refund')
      .flush({ error: 'This purchase is already disputed', code: 'NotRefundable' }, { status: 409, statusText: 'Conflict' });
    http.expectOne('/api/admin/purchases/pi_1').flush(aPurchase({ status: 'disputed' }));
    await fixture.whenStable();

    expect(text(el().querySelector('[role="alert"]'))).toBe('This purchase is already disputed');
    expect(status(rows()[0])).toBe('Disputed');
  });

  it('loads more purchases with the cursor', async () => {
    await showList([aPurchase()], 'cursor-2');
    el().querySelector<HTMLButtonElement>('[data-testid="load-more"]')!.click();
    http
      .expectOne(`/api/admin/purchases?limit=${PURCHASES_PAGE_SIZE}&cursor=cursor-2`)
      .flush({ items: [aPurchase(), aPurchase({ paymentId: 'pi_3' })], nextCursor: null });
    await fixture.whenStable();
    expect(rows().map((row) => row.getAttribute('data-payment-id'))).toEqual(['pi_1', 'pi_3']);
    expect(el().querySelector('[data-testid="load-more"]')).toBeNull();
  });

  it('offers Retry when the list fails to load', async () => {
    http.expectOne(`/api/admin/purchases?limit=${PURCHASES_PAGE_SIZE}`).flush({ error: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="error-state"] button')!.click();
    await showList([]);
    expect(text(el().querySelector('[data-testid="empty-state"]'))).toBe('No purchases yet.');
  });

  it('searches by e-mail, status and days, and says when nothing matches', async () => {
    await showList();
    typeInto(inputLabelled(el(), 'Buyer e-mail, name or course (optional)'), ' ann@example.com ');
    const status = el().querySelector<HTMLSelectElement>('[data-testid="purchase-status-filter"]')!;
    status.value = 'refunded';
    status.dispatchEvent(new Event('change'));
    typeInto(inputLabelled(el(), 'From (optional)'), '2026-11-01');
    buttonNamed(el(), 'Search').click();
    await fixture.whenStable();

    http
      .expectOne(`/api/admin/purchases?limit=${PURCHASES_PAGE_SIZE}&q=ann@example.com&status=refunded&from=2026-11-01`)
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(text(el().querySelector('[data-testid="empty-state"]'))).toBe('No purchases match this search.');

    buttonNamed(el(), 'Clear').click();
    await showList();
    expect(rows()).toHaveLength(2);
  });

  it('refuses a "to" day before the "from" day, next to the field, and sends nothing', async () => {
    await showList();
    typeInto(inputLabelled(el(), 'From (optional)'), '2026-11-10');
    typeInto(inputLabelled(el(), 'To (optional)'), '2026-11-01');
    await fixture.whenStable();
    buttonNamed(el(), 'Search').click();
    await fixture.whenStable();

    expect(fieldErrors(el())).toEqual(['Choose a day on or after “From”.']);
    expect(document.activeElement).toBe(inputLabelled(el(), 'To (optional)'));
  });

  it('exports every matching purchase as CSV, not just the rows shown', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await showList([aPurchase()], 'more');

    buttonNamed(el(), 'Export CSV').click();
    http.expectOne('/api/admin/purchases?limit=100').flush({ items: [aPurchase()], nextCursor: 'c2' });
    http.expectOne('/api/admin/purchases?limit=100&cursor=c2').flush({ items: [aPurchase({ paymentId: 'pi_2', buyerName: '=HYPERLINK("x")' })], nextCursor: null });
    await fixture.whenStable();

    expect(clicked).toHaveBeenCalledTimes(1);
    const lines = (await created[0]!.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Ann Student,ann@example.com');
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
