import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { AdminPurchasesApi } from './admin-purchases.api';
import { aPurchase } from './testing/purchase-fixtures';

describe('AdminPurchasesApi', () => {
  let api: AdminPurchasesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminPurchasesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists pages and requests refunds', () => {
    api.list().subscribe();
    http.expectOne('/api/admin/purchases').flush({ items: [], nextCursor: null });
    api.list({ limit: 25, cursor: 'abc' }).subscribe();
    http.expectOne('/api/admin/purchases?limit=25&cursor=abc').flush({ items: [], nextCursor: null });
    api.refund('pi_1').subscribe();
    const req = http.expectOne({ method: 'POST', url: '/api/admin/purchases/pi_1/refund' });
    expect(req.request.body).toEqual({});
    req.flush({ refundRequested: true }, { status: 202, statusText: 'Accepted' });
  });

  it('reads one purchase, or null when there is none or the read fails', async () => {
    const found = firstValueFrom(api.find('pi_2'));
    http.expectOne('/api/admin/purchases/pi_2').flush(aPurchase({ paymentId: 'pi_2', status: 'refunded' }));
    expect(await found).toMatchObject({ paymentId: 'pi_2', status: 'refunded' });

    const missing = firstValueFrom(api.find('pi_9'));
    http.expectOne('/api/admin/purchases/pi_9').flush({ error: 'Purchase not found' }, { status: 404, statusText: 'Not Found' });
    expect(await missing).toBeNull();

    const failed = firstValueFrom(api.find('pi_9'));
    http.expectOne('/api/admin/purchases/pi_9').flush({}, { status: 500, statusText: 'Error' });
    expect(await failed).toBeNull();
  });

  it('sends only the filters that are set', () => {
    api.list({ limit: 25, filters: { q: ' ann@example.com ', status: 'paid', from: '2026-01-01', to: '' } }).subscribe();
    http.expectOne('/api/admin/purchases?limit=25&q=ann@example.com&status=paid&from=2026-01-01').flush({ items: [], nextCursor: null });
  });

  it('reads every page for an export', async () => {
    const all = firstValueFrom(api.listAll({ status: 'paid' }));
    http.expectOne('/api/admin/purchases?limit=100&status=paid').flush({ items: [aPurchase({ paymentId: 'pi_1' })], nextCursor: 'c2' });
    http.expectOne('/api/admin/purchases?limit=100&cursor=c2&status=paid').flush({ items: [aPurchase({ paymentId: 'pi_2' })], nextCursor: null });
    expect((await all).map((p) => p.paymentId)).toEqual(['pi_1', 'pi_2']);
  });
});
