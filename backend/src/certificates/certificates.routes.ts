import { Hono } from 'hono';
import * as z from '@lessonstage/shared/zod';
import { resourceIdSchema, type CertificateVerification, type MyCertificate, type MyCertificateList } from '@lessonstage/shared';
import { requireUser } from '../auth/auth.middleware';
import { ConflictError, NotFoundError } from '../lib/http/http-errors';
import { parseInput } from '../lib/http/validate';
import type { CertificateRecord } from './certificate.record';
import { certificateFileName, certificatePdf } from './certificate-file';
import type { CertificatesEnv } from './certificates.deps';

const certificateParams = z.object({ certificateId: resourceIdSchema });

function toMyCertificate({ certificateId, courseId, courseTitle, issuedAt, status }: CertificateRecord): MyCertificate {
  return { certificateId, courseId, courseTitle, issuedAt, status };
}

/** Only what the certificate itself shows: no e-mail, no user id. */
function toVerification({ certificateId, studentName, courseTitle, teacherName, issuedAt, status }: CertificateRecord): CertificateVerification {
  return { certificateId, studentName, courseTitle, teacherName, issuedAt, status };
}

/** A student's certificates and their PDFs (another user's id is a 404), and the public verification. */
export const certificatesRoutes = new Hono<CertificatesEnv>()
  .get('/me/certificates', requireUser, async (c) => {
    const certificates = await c.get('deps').certificates.listForUser(c.get('principal')!.userId);
    const items = certificates.map(toMyCertificate).sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
    return c.json<MyCertificateList>({ items });
  })
  .get('/me/certificates/:certificateId/pdf', requireUser, async (c) => {
    const { certificateId } = parseInput(certificateParams, c.req.param());
    const deps = c.get('deps');
    // The user's own list (one per course), not the id index: another user's certificate is simply absent.
    const certificate = (await deps.certificates.listForUser(c.get('principal')!.userId)).find((item) => item.certificateId === certificateId);
    if (!certificate) throw new NotFoundError('Certificate not found');
    if (certificate.status === 'revoked') throw new ConflictError('This certificate was revoked', 'CertificateRevoked');
    const origin = deps.appOrigin ?? new URL(c.req.url).origin;
    const bytes = await certificatePdf(deps, certificate, `${origin}/certificates/${certificateId}`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${certificateFileName(certificate.courseTitle)}"`,
      'Cache-Control': 'private, no-store',
    });
  })
  .get('/certificates/:certificateId', async (c) => {
    const { certificateId } = parseInput(certificateParams, c.req.param());
    const certificate = await c.get('deps').certificates.findById(certificateId);
    if (!certificate) throw new NotFoundError('Certificate not found');
    // Revocation must show at once: no shared cache keeps a "valid".
    c.header('Cache-Control', 'no-store');
    return c.json<CertificateVerification>(toVerification(certificate));
  });
