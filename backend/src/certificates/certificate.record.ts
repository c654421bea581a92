import type { CertificateStatus } from '@lessonstage/shared';

/**
 * A course certificate as stored, one per (user, course). The names are copied at issue, so the
 * certificate keeps saying what it said when it was issued, whatever is renamed later.
 */
export interface CertificateRecord {
  readonly userId: string;
  readonly courseId: string;
  readonly certificateId: string;
  readonly studentName: string;
  readonly courseTitle: string;
  readonly teacherName: string;
  readonly issuedAt: string;
  readonly status: CertificateStatus;
  readonly revokedAt?: string;
  /** Set once the PDF is stored (generated on first download). */
  readonly pdfKey?: string;
}

/** Private key of a certificate's PDF: outside public/, so only the certificates function reads it. */
export function certificatePdfKey(userId: string, certificateId: string): string {
  return `certificates/${userId}/${certificateId}.pdf`;
}
