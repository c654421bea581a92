import { randomUUID } from 'node:crypto';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoursesRepository } from '../courses/courses.repository';
import { EnrollmentsRepository } from '../enrollments/enrollments.repository';
import { COURSES_TABLE, ENROLLMENTS_TABLE, REVIEWS_TABLE } from '../lib/db/table-definitions';
import { courseFixture } from '../testing/course-fixtures';
import { startTestDynamoDb, type TestDynamoDb } from '../testing/test-dynamodb';
import { reviewIdOf } from './review.record';
import { settleReview, type ReviewCountingDeps } from './review-counting';
import { ReviewsRepository } from './reviews.repository';

/** A client that sends `writesBeforeCrash` requests, then fails: before sending, or after (the answer lost). */
function crashingClient(db: DynamoDBDocumentClient, writesBeforeCrash: number, when: 'before' | 'after'): DynamoDBDocumentClient {
  let sent = 0;
  const send = async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
    if (sent++ < writesBeforeCrash) return db.send(command);
    if (when === 'after') await db.send(command);
    throw new Error('crash');
  };
  return { send } as unknown as DynamoDBDocumentClient;
}

describe('keeping a course rating exact without transactions', () => {
  let dynamo: TestDynamoDb;
  let n = 0;

  function depsOver(db: DynamoDBDocumentClient): ReviewCountingDeps & { enrollments: EnrollmentsRepository } {
    return {
      reviews: new ReviewsRepository(db, REVIEWS_TABLE.localName),
      courses: new CoursesRepository(db, COURSES_TABLE.localName),
      enrollments: new EnrollmentsRepository(db, ENROLLMENTS_TABLE.localName),
    };
  }

  async function newCourse(): Promise<string> {
    const course = courseFixture(9000 + n++);
    await new CoursesRepository(dynamo.doc, COURSES_TABLE.localName).createIfAbsent(course);
    return course.courseId;
  }

  async function rating(courseId: string) {
    const item = (await dynamo.doc.send(new GetCommand({ TableName: COURSES_TABLE.localName, Key: { courseId }, ConsistentRead: true }))).Item!;
    return { sum: item.ratingSum ?? 0, count: item.ratingCount ?? 0, markers: [...((item.ratingOps as Set<string> | undefined) ?? [])] };
  }

  const edit = (userId: string, stars: number) => ({ userId, rating: stars, text: '', reviewerName: 'S' });

  beforeAll(async () => {
    dynamo = await startTestDynamoDb();
  });
  afterAll(() => dynamo.close());

  it('counts an edit as a change, not a second review; a refund takes it out and a re-grant puts it back', async () => {
    const courseId = await newCourse();
    const deps = depsOver(dynamo.doc);
    const [a, b] = [randomUUID(), randomUUID()];
    await deps.enrollments.grant(a, courseId, 'pi_a');
    await deps.enrollments.grant(b, courseId, 'pi_b');
    await settleReview(deps, courseId, a, edit(a, 5));
    await settleReview(deps, courseId, b, edit(b, 2));
    await settleReview(deps, courseId, a, edit(a, 4));
    expect(await rating(courseId)).toEqual({ sum: 6, count: 2, markers: [] });

    await deps.enrollments.revoke(a, courseId, 'pi_a');
    await settleReview(deps, courseId, a);
    await settleReview(deps, courseId, a);
    expect(await rating(courseId)).toEqual({ sum: 2, count: 1, markers: [] });
    const stored = await deps.reviews.get(courseId, reviewIdOf(courseId, a));
    expect(stored).toMatchObject({ rating: 4 });
    expect(stored?.countedRating).toBeUndefined();
    expect(stored?.listKey).toBeUndefined();

    await deps.enrollments.grant(a, courseId, 'pi_a2');
    await settleReview(deps, courseId, a);
    expect(await rating(courseId)).toEqual({ sum: 6, count: 2, markers: [] });
    expect(await settleReview(deps, courseId, randomUUID())).toBeUndefined();
  });

  it('50 students reviewing at once, then all editing at once, leave the exact sum and count', async () => {
    const courseId = await newCourse();
    const deps = depsOver(dynamo.doc);
    const users = Array.from({ length: 50 }, () => randomUUID());
    await Promise.all(users.map((u, i) => deps.enrollments.grant(u, courseId, `pi_${i}`)));
    await Promise.all(users.map((u, i) => settleReview(deps, courseId, u, edit(u, (i % 5) + 1))));
    expect(await rating(courseId)).toEqual({ sum: 150, count: 50, markers: [] });
    await Promise.all(users.map((u, i) => settleReview(deps, courseId, u, edit(u, i < 25 ? 5 : 1))));
    expect(await rating(courseId)).toEqual({ sum: 150, count: 50, markers: [] });
  });

  it('one student sending the same review many times at once counts it once', async () => {
    const courseId = await newCourse();
    const deps = depsOver(dynamo.doc);
    const user = randomUUID();
    await deps.enrollments.grant(user, courseId, 'pi_same');
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => settleReview(deps, courseId, user, edit(user, (i % 5) + 1))));
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    const stored = await deps.reviews.get(courseId, reviewIdOf(courseId, user));
    const { sum, count } = await rating(courseId);
    expect({ sum, count }).toEqual({ sum: stored!.countedRating, count: 1 });
  });

  // Every write of a first review and of an edit, crashed before and after it reaches the table;
  // the next request (after the crashed one's lease lapsed) must leave the exact rating.
  for (const when of ['before', 'after'] as const) {
    for (let writes = 0; writes < 9; writes++) {
      it(`a crash ${when} request ${writes + 1} of an edit is completed by the next write, counted once`, async () => {
        const courseId = await newCourse();
        const healthy = depsOver(dynamo.doc);
        const user = randomUUID();
        await healthy.enrollments.grant(user, courseId, 'pi_crash');
        await settleReview(healthy, courseId, user, edit(user, 2));
        await settleReview(depsOver(crashingClient(dynamo.doc, writes, when)), courseId, user, edit(user, 5)).catch(() => undefined);
        const later = Date.now() + 61_000;
        await settleReview(healthy, courseId, user, undefined, { now: () => later });
        const stored = await healthy.reviews.get(courseId, reviewIdOf(courseId, user));
        expect(await rating(courseId)).toEqual({ sum: stored!.countedRating, count: 1, markers: [] });
        expect(stored?.pending).toBeUndefined();
        expect(stored?.doneOp).toBeUndefined();
      });
    }
  }

  it('a writer whose lease was taken over cannot settle: it answers 409 and the rating stays exact', async () => {
    const courseId = await newCourse();
    const deps = depsOver(dynamo.doc);
    const user = randomUUID();
    await deps.enrollments.grant(user, courseId, 'pi_lease');
    await settleReview(deps, courseId, user, edit(user, 3));
    // A request that holds the lease is busy: another waits, then gives up with 409.
    const claimed = await deps.reviews.claim(courseId, reviewIdOf(courseId, user), 'someone', Date.now(), 60_000);
    expect(claimed).not.toBe('busy');
    await expect(settleReview(deps, courseId, user, edit(user, 4), { waitMs: 100 })).rejects.toMatchObject({ status: 409 });
    // Once lapsed, the next one takes it over; the old holder's fenced write then fails.
    await settleReview(deps, courseId, user, edit(user, 1), { now: () => Date.now() + 61_000 });
    expect(await deps.reviews.settle(claimed as never, 'someone', 5, true)).toBe(false);
    expect(await rating(courseId)).toEqual({ sum: 1, count: 1, markers: [] });
  });
});
