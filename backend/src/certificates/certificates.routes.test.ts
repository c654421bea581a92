import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { certificateVerificationSchema, myCertificateListSchema, type MyCertificate } from '@lessonstage/shared';
import { createDeps } from '../app/api-deps';
import { apiOptions, createApi } from '../app/create-api';
import { certificatesFunction } from '../app/handlers/certificates.handler';
import { learningFunction } from '../app/handlers/learning.handler';
import { createDomainApp } from '../app/domain-function';
import { invokeLambda } from '../testing/lambda-invoke';
import { DEFAULT_WEBHOOK_SECRET } from '../local/local-config';
import { apiClient } from '../testing/api-client';
import { signUpStudent } from '../testing/test-users';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { certificatePdfKey, type CertificateRecord } from './certificate.record';
import { CertificatesRepository } from './certificates.repository';

const COURSE = 'demo-guitar-first-chords';
const TITLE = 'Guitar from Zero: Your First Chords';
const signer = new Stripe('sk_test_signer');

describe('certificates', () => {
  let stack: TestStack;
  let api: ReturnType<typeof apiClient>;
  let deps: ReturnType<typeof createDeps>;
  let lessonIds: string[];

  beforeAll(async () => {
    stack = await startTestStack({ seedDemo: true });
    api = apiClient(stack.url);
    deps = createDeps(stack.config, stack.mailbox);
    lessonIds = (await deps.courses.get(COURSE))!.sections.flatMap((s) => s.lessons.map((l) => l.lessonId));
  });
  afterAll(() => stack.dispose());

  const complete = (token: string, lessonId: string) =>
    api.request('PUT', `/api/courses/${COURSE}/lessons/${lessonId}/progress`, { body: { positionSec: 10, completed: true }, token });
  const mine = async (token: string): Promise<MyCertificate[]> => myCertificateListSchema.parse((await api.get('/api/me/certificates', token)).body).items;
  const download = (token: string, certificateId: string) => fetch(`${stack.url}/api/me/certificates/${certificateId}/pdf`, { headers: { authorization: `Bearer ${token}` } });

  async function enrolledStudent(paymentId: string) {
    const student = await signUpStudent(stack, api);
    await deps.enrollments.grant(student.userId, COURSE, paymentId);
    return student;
  }

  it('are issued once every lesson is completed, listed, downloaded as a PDF and verified publicly', async () => {
    const student = await enrolledStudent('pi_cert_1');
    for (const lessonId of lessonIds.slice(0, -1)) expect((await complete(student.token, lessonId)).status).toBe(200);
    expect(await mine(student.token)).toEqual([]);

    expect((await complete(student.token, lessonIds.at(-1)!)).status).toBe(200);
    const [certificate, ...others] = await mine(student.token);
    expect(others).toEqual([]);
    expect(certificate).toMatchObject({ courseId: COURSE, courseTitle: TITLE, status: 'valid' });

    const response = await download(student.token, certificate!.certificateId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lessonstage-certificate-guitar-from-zero-your-first-chords.pdf"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const title = /\/Title <FEFF([0-9A-F]+)>/.exec(bytes.toString('latin1'))![1]!;
    expect(Buffer.from(title, 'hex').swap16().toString('utf16le')).toBe(`Certificate of completion: ${TITLE}`);
    // Kept privately in the content bucket; the next download is that file.
    const key = certificatePdfKey(student.userId, certificate!.certificateId);
    expect((await deps.certificates.get(student.userId, COURSE))?.pdfKey).toBe(key);
    expect(Buffer.from((await deps.storage.readObject(key))!).equals(bytes)).toBe(true);
    expect(Buffer.from(await (await download(student.token, certificate!.certificateId)).arrayBuffer()).equals(bytes)).toBe(true);
    // Through the Lambda function too: binary, so base64 in API Gateway's answer and whole at the client.
    const viaLambda = await invokeLambda(createDomainApp(certificatesFunction, stack.config), {
      method: 'GET',
      path: `/api/me/certificates/${certificate!.certificateId}/pdf`,
      headers: { authorization: `Bearer ${student.token}` },
    });
    expect(viaLambda.status).toBe(200);
    expect(viaLambda.raw.equals(bytes)).toBe(true);

    const verification = await api.get(`/api/certificates/${certificate!.certificateId}`);
    expect(verification.status).toBe(200);
    expect(certificateVerificationSchema.parse(verification.body)).toEqual({
      certificateId: certificate!.certificateId,
      studentName: 'Student',
      courseTitle: TITLE,
      teacherName: 'Marta Ruiz',
      issuedAt: certificate!.issuedAt,
      status: 'valid',
    });
  });

  it('keep one certificate per course when the last lessons are completed at once, and again', async () => {
    const student = await enrolledStudent('pi_cert_2');
    const statuses = await Promise.all([...lessonIds, ...lessonIds].map(async (lessonId) => (await complete(student.token, lessonId)).status));
    expect(new Set(statuses)).toEqual(new Set([200]));
    const items = await mine(student.token);
    expect(items).toHaveLength(1);
    await Promise.all(lessonIds.map((lessonId) => complete(student.token, lessonId)));
    expect((await mine(student.token)).map((c) => c.certificateId)).toEqual(items.map((c) => c.certificateId));
  });

  it('are not issued without an active enrollment, and stay out of other users\' reach', async () => {
    const outsider = await signUpStudent(stack, api);
    expect((await complete(outsider.token, lessonIds[0]!)).status).toBe(200); // the free preview
    expect(await mine(outsider.token)).toEqual([]);

    const owner = await enrolledStudent('pi_cert_3');
    for (const lessonId of lessonIds) await complete(owner.token, lessonId);
    const [certificate] = await mine(owner.token);
    expect((await download(outsider.token, certificate!.certificateId)).status).toBe(404);
    expect((await api.get('/api/certificates/cert_unknown')).status).toBe(404);
    expect((await api.get('/api/certificates/not%20an%20id')).body.error).toMatch(/^certificateId: /);
  });

  async function deliverRefund(userId: string, paymentId: string): Promise<number> {
    const payload = JSON.stringify({
      id: `evt_refund_${paymentId}`,
      object: 'event',
      type: 'charge.refunded',
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: `ch_${paymentId}`, object: 'charge', payment_intent: paymentId, amount: 2900, amount_refunded: 2900, currency: 'usd', refunded: true, metadata: { userId, courseId: COURSE } } },
    });
    const signature = signer.webhooks.generateTestHeaderString({ payload, secret: DEFAULT_WEBHOOK_SECRET });
    return (await fetch(`${stack.url}/api/payments/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload })).status;
  }

  it('are revoked by a refund: listed and verified as revoked, no longer downloadable', async () => {
    const student = await enrolledStudent('pi_cert_4');
    for (const lessonId of lessonIds) await complete(student.token, lessonId);
    const [certificate] = await mine(student.token);

    expect(await deliverRefund(student.userId, 'pi_cert_4')).toBe(200);

    expect(await mine(student.token)).toEqual([{ ...certificate, status: 'revoked' }]);
    expect((await api.get(`/api/certificates/${certificate!.certificateId}`)).body.status).toBe('revoked');
    const refused = await download(student.token, certificate!.certificateId);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { code: string }).code).toBe('CertificateRevoked');
  });

  it('are stored once per (user, course): a second issue returns the first certificate', async () => {
    const record: CertificateRecord = { userId: 'u-race', courseId: COURSE, certificateId: 'cert_first', studentName: 'A', courseTitle: TITLE, teacherName: 'T', issuedAt: new Date().toISOString(), status: 'valid' };
    const [first, second] = await Promise.all([deps.certificates.issue(record), deps.certificates.issue({ ...record, certificateId: 'cert_second' })]);
    expect([first.issued, second.issued].sort()).toEqual([false, true]);
    expect(first.certificate.certificateId).toBe(second.certificate.certificateId);
    expect((await deps.certificates.listForUser('u-race')).map((c) => c.certificateId)).toEqual([first.certificate.certificateId]);
  });

  it('never fail the progress save: a failed issue is logged, and the next completion issues it', async () => {
    const student = await enrolledStudent('pi_cert_5');
    const broken = Object.assign(Object.create(CertificatesRepository.prototype) as CertificatesRepository, deps.certificates, {
      issue: () => Promise.reject(new Error('table unavailable')),
    });
    const app = createApi(apiOptions(stack.config), { ...learningFunction.deps(stack.config), certificates: broken }, [learningFunction.domain]);
    for (const lessonId of lessonIds) {
      const response = await app.request(`/api/courses/${COURSE}/lessons/${lessonId}/progress`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${student.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ positionSec: 10, completed: true }),
      });
      expect(response.status).toBe(200);
    }
    expect(await mine(student.token)).toEqual([]);
    expect((await complete(student.token, lessonIds[0]!)).status).toBe(200);
    expect(await mine(student.token)).toHaveLength(1);
  });

  it("are revoked by Stripe's retry when the first delivery stopped after the enrollment, and kept by another payment's refund", async () => {
    const student = await enrolledStudent('pi_cert_6');
    for (const lessonId of lessonIds) await complete(student.token, lessonId);
    // The first delivery revoked the enrollment and then failed: the webhook never saw it through.
    await deps.enrollments.revoke(student.userId, COURSE, 'pi_cert_6');
    expect((await mine(student.token))[0]?.status).toBe('valid');
    expect(await deliverRefund(student.userId, 'pi_cert_6')).toBe(200);
    expect((await mine(student.token))[0]?.status).toBe('revoked');

    const other = await enrolledStudent('pi_cert_7');
    for (const lessonId of lessonIds) await complete(other.token, lessonId);
    expect(await deliverRefund(other.userId, 'pi_cert_unrelated')).toBe(200);
    expect((await mine(other.token))[0]?.status).toBe('valid');
  });
});
