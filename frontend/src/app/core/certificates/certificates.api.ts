import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CertificateVerification, MyCertificateList } from '@lessonstage/shared';
import { Observable } from 'rxjs';

/** Where the signed-in student's certificate PDF downloads from (the session cookie authorizes it). */
export function certificatePdfUrl(certificateId: string): string {
  return `/api/me/certificates/${encodeURIComponent(certificateId)}/pdf`;
}

/** The public page that verifies a certificate (the QR code on the PDF points at it). */
export function certificatePageLink(certificateId: string): string[] {
  return ['/certificates', certificateId];
}

/** Course certificates: the student's own list, and anyone's public verification. */
@Injectable({ providedIn: 'root' })
export class CertificatesApi {
  private readonly http = inject(HttpClient);

  mine(): Observable<MyCertificateList> {
    return this.http.get<MyCertificateList>('/api/me/certificates');
  }

  verification(certificateId: string): Observable<CertificateVerification> {
    return this.http.get<CertificateVerification>(`/api/certificates/${encodeURIComponent(certificateId)}`);
  }
}
