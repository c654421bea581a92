import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CertificateVerification } from '@lessonstage/shared';

import { CertificateVerificationPage } from './certificate-verification-page';

const CERTIFICATE: CertificateVerification = {
  certificateId: 'cert_abc',
  studentName: 'Ada Lovelace',
  courseTitle: 'Blues Guitar',
  teacherName: 'Marta Ruiz',
  issuedAt: '2026-12-05T10:00:00.000Z',
  status: 'valid',
};

describe('CertificateVerificationPage', () => {
  let fixture: ComponentFixture<CertificateVerificationPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CertificateVerificationPage);
    fixture.componentRef.setInput('certificateId', 'cert_abc');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('says a valid certificate is valid, and whose it is', async () => {
    http.expectOne('/api/certificates/cert_abc').flush(CERTIFICATE);
    await fixture.whenStable();
    expect(text('[data-testid="certificate-status"]')).toBe('Valid certificate');
    expect(text('[data-testid="certificate-student"]')).toBe('Ada Lovelace');
    expect(text('[data-testid="certificate-course"]')).toBe('Blues Guitar');
    expect(text('dl')).toContain('Marta Ruiz');
    expect(text('dl')).toContain('cert_abc');
  });

  it('says a revoked certificate is revoked', async () => {
    http.expectOne('/api/certificates/cert_abc').flush({ ...CERTIFICATE, status: 'revoked' });
    await fixture.whenStable();
    expect(text('[data-testid="certificate-status"]')).toBe('Revoked certificate');
    expect(text('.note')).toContain('no longer valid');
  });

  it('says when there is no such certificate', async () => {
    http.expectOne('/api/certificates/cert_abc').flush({ error: 'Certificate not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(text('h1')).toBe('No such certificate');
  });
});
