import type { CertificateRecord } from './certificate.record';
import { certificatePdfKey } from './certificate.record';
import { renderCertificatePdf } from './certificate-pdf';
import type { CertificatesDeps } from './certificates.deps';

/**
 * The certificate's PDF: the stored one, or made now and stored. Made on first download rather
 * than when the last lesson is completed, so completing a lesson never waits for (or fails on)
 * PDF rendering, and only the certificates function loads pdf-lib; a failed attempt is simply
 * retried by the next download.
 */
export async function certificatePdf(deps: Pick<CertificatesDeps, 'certificates' | 'storage'>, certificate: CertificateRecord, verifyUrl: string): Promise<Uint8Array> {
  if (certificate.pdfKey) {
    const stored = await deps.storage.readObject(certificate.pdfKey);
    if (stored) return stored;
  }
  const bytes = await renderCertificatePdf({ ...certificate, verifyUrl });
  const key = certificatePdfKey(certificate.userId, certificate.certificateId);
  await deps.storage.putObject(key, bytes, 'application/pdf');
  await deps.certificates.setPdfKey(certificate.userId, certificate.courseId, key);
  return bytes;
}

/** A download name from the course title: `lessonstage-certificate-first-chords.pdf`. */
export function certificateFileName(courseTitle: string): string {
  const slug = courseTitle
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `lessonstage-certificate${slug ? `-${slug}` : ''}.pdf`;
}
