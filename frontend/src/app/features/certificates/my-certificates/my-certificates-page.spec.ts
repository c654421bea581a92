import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MyCertificate } from '@lessonstage/shared';

import { MyCertificatesPage } from './my-certificates-page';

const aCertificate = (overrides: Partial<MyCertificate> = {}): MyCertificate => ({
  certificateId: 'cert_1',
  courseId: 'c1',
  courseTitle: 'Blues Guitar',
  issuedAt: '2026-12-05T10:00:00.000Z',
  status: 'valid',
  ...overrides,
});

describe('MyCertificatesPage', () => {
  let fixture: ComponentFixture<MyCertificatesPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyCertificatesPage);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const items = () => Array.from(el().querySelectorAll<HTMLElement>('[data-testid="certificate-item"]'));

  it('lists certificates with a PDF download and the public page; a revoked one has no download', async () => {
    http.expectOne('/api/me/certificates').flush({ items: [aCertificate(), aCertificate({ certificateId: 'cert_2', courseTitle: 'Funk Bass', status: 'revoked' })] });
    await fixture.whenStable();
    const [valid, revoked] = items();
    const download = valid!.querySelector('[data-testid="certificate-download"]')!;
    expect(download.getAttribute('href')).toBe('/api/me/certificates/cert_1/pdf');
    expect(download.hasAttribute('download')).toBe(true);
    expect(valid!.querySelector('[data-testid="certificate-verify"]')?.getAttribute('href')).toBe('/certificates/cert_1');
    expect(revoked!.querySelector('[data-testid="certificate-download"]')).toBeNull();
    expect(revoked!.querySelector('[data-testid="certificate-revoked"]')?.textContent).toContain('Revoked');
  });

  it('says how to earn one when there is none', async () => {
    http.expectOne('/api/me/certificates').flush({ items: [] });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="empty-state"]')?.textContent).toContain('No certificates yet');
  });
});
