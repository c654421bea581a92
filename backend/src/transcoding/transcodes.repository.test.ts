import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRANSCODES_TABLE } from '../lib/db/table-definitions';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import { REASONS } from './transcode-failure';
import { LeaseLostError, MAX_ATTEMPTS, TranscodesRepository } from './transcodes.repository';

const LEASE = 60_000;
const T0 = Date.parse('2026-12-05T10:00:00.000Z');
const OUTPUT = { audioOnly: false, renditions: [{ width: 640, height: 360, bandwidth: 1_100_000 }], poster: true, thumbnails: true };

describe('TranscodesRepository', () => {
  let dynamo: TestDynamoDb;
  let repo: TranscodesRepository;
  let n = 0;
  const newJob = (courseId = `c${++n}`, lessonId = 'l1') => ({ jobId: `j${++n}`, courseId, lessonId, sourceKey: `courses/${courseId}/lessons/${lessonId}/video/u/a.mp4` });

  beforeAll(async () => {
    dynamo = await startTestDynamoDb();
    repo = new TranscodesRepository(dynamo.doc, TRANSCODES_TABLE.localName);
  });
  afterAll(() => dynamo.close());

  it('creates a queued job once per id, claimable at once', async () => {
    const job = newJob();
    expect(await repo.create(job, T0)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await repo.create(job, T0)).toBeUndefined();
    expect((await repo.findClaimable(T0)).map((j) => j.jobId)).toContain(job.jobId);
  });

  it('lets one runner claim a job; another cannot until the lease runs out, and then only once', async () => {
    const job = newJob();
    await repo.create(job, T0);
    const claimed = await repo.claim(job.jobId, 'runner-a', LEASE, T0);
    expect(claimed).toMatchObject({ status: 'running', leaseOwner: 'runner-a', attempts: 1, percent: 0 });
    expect(await repo.claim(job.jobId, 'runner-b', LEASE, T0 + 1000)).toBeUndefined();
    expect((await repo.findClaimable(T0 + 1000)).map((j) => j.jobId)).not.toContain(job.jobId);

    // runner-a died: after its lease, the job is found again and one of two racing runners gets it.
    const later = T0 + LEASE + 1;
    expect((await repo.findClaimable(later)).map((j) => j.jobId)).toContain(job.jobId);
    const race = await Promise.all([repo.claim(job.jobId, 'runner-b', LEASE, later), repo.claim(job.jobId, 'runner-c', LEASE, later)]);
    expect(race.filter(Boolean)).toHaveLength(1);
    expect(race.find(Boolean)).toMatchObject({ attempts: 2 });
  });

  it('fences writes on the lease owner: a runner that lost its lease cannot renew, finish or fail the job', async () => {
    const job = newJob();
    await repo.create(job, T0);
    await repo.claim(job.jobId, 'old', LEASE, T0);
    await repo.claim(job.jobId, 'new', LEASE, T0 + LEASE + 1);
    await expect(repo.renew(job.jobId, 'old', LEASE, 50, T0 + LEASE + 2)).rejects.toBeInstanceOf(LeaseLostError);
    await expect(repo.markReady(job.jobId, 'old', OUTPUT, T0 + LEASE + 2)).rejects.toBeInstanceOf(LeaseLostError);
    await expect(repo.markFailed(job.jobId, 'old', 'x', T0 + LEASE + 2)).rejects.toBeInstanceOf(LeaseLostError);
    await repo.renew(job.jobId, 'new', LEASE, 42, T0 + LEASE + 2);
    expect(await repo.get(job.jobId)).toMatchObject({ leaseOwner: 'new', percent: 42, status: 'running' });
  });

  it('renewing keeps the job from being claimed; ready leaves the pending index', async () => {
    const job = newJob();
    await repo.create(job, T0);
    await repo.claim(job.jobId, 'a', LEASE, T0);
    await repo.renew(job.jobId, 'a', LEASE, 10, T0 + 50_000);
    expect(await repo.claim(job.jobId, 'b', LEASE, T0 + LEASE + 1)).toBeUndefined();
    await repo.markReady(job.jobId, 'a', OUTPUT, T0 + 60_000);
    const ready = await repo.get(job.jobId);
    expect(ready).toMatchObject({ status: 'ready', percent: 100, output: OUTPUT });
    expect(ready?.pending).toBeUndefined();
    expect((await repo.findClaimable(T0 + 10 * LEASE)).map((j) => j.jobId)).not.toContain(job.jobId);
    await expect(repo.renew(job.jobId, 'a', LEASE, 10, T0 + 61_000)).rejects.toBeInstanceOf(LeaseLostError);
  });

  it('records a failure with its reason; a released job is claimable at once', async () => {
    const failing = newJob();
    await repo.create(failing, T0);
    await repo.claim(failing.jobId, 'a', LEASE, T0);
    await repo.markFailed(failing.jobId, 'a', REASONS.damaged, T0 + 1000);
    expect(await repo.get(failing.jobId)).toMatchObject({ status: 'failed', reason: REASONS.damaged });
    expect(await repo.claim(failing.jobId, 'b', LEASE, T0 + 10 * LEASE)).toBeUndefined();

    const released = newJob();
    await repo.create(released, T0);
    await repo.claim(released.jobId, 'a', LEASE, T0);
    await repo.release(released.jobId, 'a', T0 + 1000);
    expect(await repo.claim(released.jobId, 'b', LEASE, T0 + 1000)).toMatchObject({ leaseOwner: 'b' });
  });

  it(`fails a job as stalled once its runners died ${MAX_ATTEMPTS} times`, async () => {
    const job = newJob();
    await repo.create(job, T0);
    let at = T0;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await repo.claim(job.jobId, `r${i}`, LEASE, at)).toBeDefined();
      at += LEASE + 1;
    }
    expect(await repo.claim(job.jobId, 'last', LEASE, at)).toBeUndefined();
    expect(await repo.get(job.jobId)).toMatchObject({ status: 'failed', reason: REASONS.stalled });
  });

  it('finds the newest job of a lesson and of each lesson of a course', async () => {
    const first = { ...newJob('course-x', 'l1') };
    await repo.create(first, T0);
    const second = { ...newJob('course-x', 'l1') };
    await repo.create(second, T0 + 1000);
    const other = { ...newJob('course-x', 'l2') };
    await repo.create(other, T0 + 500);
    expect((await repo.latestForLesson('course-x', 'l1'))?.jobId).toBe(second.jobId);
    const latest = await repo.latestForCourse('course-x');
    expect([...latest.entries()].map(([lesson, job]) => [lesson, job.jobId])).toEqual([
      ['l1', second.jobId],
      ['l2', other.jobId],
    ]);
  });
});
