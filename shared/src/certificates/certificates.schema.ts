import * as z from '../validation/zod';

/** A certificate stays listed after a refund, as `revoked`. */
export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** One of the signed-in student's certificates (GET /api/me/certificates). */
export const myCertificateSchema = z.object({
  certificateId: z.string(),
  courseId: z.string(),
  courseTitle: z.string(),
  issuedAt: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
});
export type MyCertificate = z.infer<typeof myCertificateSchema>;

export const myCertificateListSchema = z.object({ items: z.array(myCertificateSchema) });
export type MyCertificateList = z.infer<typeof myCertificateListSchema>;

/** What anyone may read about a certificate (GET /api/certificates/:certificateId): no e-mail, no user id. */
export const certificateVerificationSchema = z.strictObject({
  certificateId: z.string(),
  studentName: z.string(),
  courseTitle: z.string(),
  teacherName: z.string(),
  issuedAt: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
});
export type CertificateVerification = z.infer<typeof certificateVerificationSchema>;
