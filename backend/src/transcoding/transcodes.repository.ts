import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TRANSCODES_TABLE } from '../lib/db/table-definitions';
import { REASONS } from './transcode-failure';
import { lessonJobKey, PENDING, type TranscodeJobRecord, type TranscodeOutputRecord } from './transcode-job.record';

const [BY_LESSON, BY_PENDING] = TRANSCODES_TABLE.globalIndexes.map((index) => index.indexName) as [string, string];

/** A job runner dies this many times on one job before the job fails as stalled. */
export const MAX_ATTEMPTS = 3;

/** The job is no longer this runner's: its lease ran out and another took it, or it ended. */
export class LeaseLostError extends Error {
  constructor(jobId: string) {
    super(`Lease on transcode ${jobId} lost`);
    this.name = 'LeaseLostError';
  }
}

export interface NewJob {
  readonly jobId: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly sourceKey: string;
}

const iso = (ms: number) => new Date(ms).toISOString();
/** Only the lease holder may write to a running job. */
/** Attribute names that DynamoDB reserves as words. */
const RESERVED: Record<string, string> = { '#status': 'status', '#percent': 'percent', '#reason': 'reason', '#output': 'output' };
/** The aliases an expression uses (DynamoDB refuses unused ones). */
const namesIn = (...expressions: string[]) =>
  Object.fromEntries(Object.entries(RESERVED).filter(([alias]) => expressions.some((e) => e.includes(alias))));
const HELD = '#status = :running AND leaseOwner = :owner';

/**
 * Transcode jobs and their state changes, each one conditional write: queued → running (claim,
 * with a lease) → ready | failed. A running job renews its lease; one whose runner died is claimed
 * again after the lease runs out, never by two runners at once.
 */
export class TranscodesRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A new queued job; undefined if a job with this id exists already. */
  async create(job: NewJob, now = Date.now()): Promise<TranscodeJobRecord | undefined> {
    const at = iso(now);
    const record: TranscodeJobRecord = {
      ...job,
      status: 'queued',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
      lessonJobKey: lessonJobKey(job.lessonId, at, job.jobId),
      pending: PENDING,
      availableAt: at,
    };
    const written = await this.conditional(
      new PutCommand({ TableName: this.tableName, Item: record, ConditionExpression: 'attribute_not_exists(jobId)' }),
    );
    return written ? record : undefined;
  }

  async get(jobId: string): Promise<TranscodeJobRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { jobId }, ConsistentRead: true }));
    return result.Item as TranscodeJobRecord | undefined;
  }

  /** The newest job of a lesson. */
  async latestForLesson(courseId: string, lessonId: string): Promise<TranscodeJobRecord | undefined> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_LESSON,
        KeyConditionExpression: 'courseId = :course AND begins_with(lessonJobKey, :lesson)',
        ExpressionAttributeValues: { ':course': courseId, ':lesson': `${lessonId}#` },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    return page.Items?.[0] as TranscodeJobRecord | undefined;
  }

  /** The newest job of each lesson of a course (the editor's view), by lessonId. */
  async latestForCourse(courseId: string): Promise<Map<string, TranscodeJobRecord>> {
    const latest = new Map<string, TranscodeJobRecord>();
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: BY_LESSON,
          KeyConditionExpression: 'courseId = :course',
          ExpressionAttributeValues: { ':course': courseId },
          ExclusiveStartKey: start,
        }),
      );
      // Ascending by lessonId#createdAt: the last one seen of a lesson is its newest.
      for (const job of (page.Items ?? []) as TranscodeJobRecord[]) latest.set(job.lessonId, job);
      start = page.LastEvaluatedKey;
    } while (start);
    return latest;
  }

  /** Jobs a runner may claim now: queued ones and running ones whose lease ran out, oldest first. */
  async findClaimable(now = Date.now(), limit = 10): Promise<TranscodeJobRecord[]> {
    const page = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: BY_PENDING,
        KeyConditionExpression: 'pending = :pending AND availableAt <= :now',
        ExpressionAttributeValues: { ':pending': PENDING, ':now': iso(now) },
        Limit: limit,
      }),
    );
    return (page.Items ?? []) as TranscodeJobRecord[];
  }

  /**
   * Takes a queued job, or a running one whose lease has run out, for `owner` until now + leaseMs.
   * Undefined when another runner holds it or it has ended. A job claimed MAX_ATTEMPTS times
   * already is failed as stalled instead.
   */
  async claim(jobId: string, owner: string, leaseMs: number, now = Date.now()): Promise<TranscodeJobRecord | undefined> {
    const until = iso(now + leaseMs);
    const CLAIM = 'SET #status = :running, leaseOwner = :owner, leaseUntil = :until, availableAt = :until, attempts = attempts + :one, #percent = :zero, updatedAt = :at';
    const claimable = '(#status = :queued OR (#status = :running AND leaseUntil < :now))';
    const result = await this.conditional(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { jobId },
        UpdateExpression: CLAIM,
        ConditionExpression: `attribute_exists(jobId) AND attempts < :max AND ${claimable}`,
        ExpressionAttributeNames: namesIn(CLAIM),
        ExpressionAttributeValues: { ':queued': 'queued', ':running': 'running', ':owner': owner, ':until': until, ':now': iso(now), ':one': 1, ':zero': 0, ':max': MAX_ATTEMPTS, ':at': iso(now) },
        ReturnValues: 'ALL_NEW',
      }),
    );
    if (result) return result as unknown as TranscodeJobRecord;
    await this.failStalled(jobId, now);
    return undefined;
  }

  /** A job whose runners died MAX_ATTEMPTS times (its last lease ran out) ends as failed. */
  private async failStalled(jobId: string, now: number): Promise<void> {
    await this.conditional(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { jobId },
        UpdateExpression: 'SET #status = :failed, #reason = :reason, updatedAt = :at REMOVE pending, availableAt, leaseOwner, leaseUntil, #percent',
        ConditionExpression: '#status = :running AND leaseUntil < :at AND attempts >= :max',
        ExpressionAttributeNames: namesIn('#status #reason #percent'),
        ExpressionAttributeValues: { ':failed': 'failed', ':running': 'running', ':reason': REASONS.stalled, ':at': iso(now), ':max': MAX_ATTEMPTS },
      }),
    );
  }

  /** Extends the lease and records progress; throws LeaseLostError if the job is not `owner`'s any more. */
  async renew(jobId: string, owner: string, leaseMs: number, percent: number, now = Date.now()): Promise<void> {
    await this.held(jobId, owner, 'SET leaseUntil = :until, availableAt = :until, #percent = :percent, updatedAt = :at', {
      ':until': iso(now + leaseMs),
      ':percent': Math.max(0, Math.min(100, Math.round(percent))),
      ':at': iso(now),
    });
  }

  /**
   * Records the percent a job reports from elsewhere (MediaConvert's status events) without touching
   * its lease: only while `owner` holds it running, and only upwards (events may come out of
   * order). False when nothing was written.
   */
  async recordPercent(jobId: string, owner: string, percent: number, now = Date.now()): Promise<boolean> {
    const condition = `${HELD} AND (attribute_not_exists(#percent) OR #percent < :percent)`;
    const update = 'SET #percent = :percent, updatedAt = :at';
    const written = await this.conditional(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { jobId },
        UpdateExpression: update,
        ConditionExpression: condition,
        ExpressionAttributeNames: namesIn(update, condition),
        ExpressionAttributeValues: { ':running': 'running', ':owner': owner, ':percent': Math.max(0, Math.min(100, Math.round(percent))), ':at': iso(now) },
      }),
    );
    return written !== undefined;
  }

  /** Lets the job go at once (a stopping runner), for the next runner to claim without waiting out the lease. */
  async release(jobId: string, owner: string, now = Date.now()): Promise<void> {
    await this.held(jobId, owner, 'SET leaseUntil = :at, availableAt = :at, updatedAt = :at', { ':at': iso(now - 1) });
  }

  async markReady(jobId: string, owner: string, output: TranscodeOutputRecord, now = Date.now()): Promise<void> {
    await this.held(jobId, owner, 'SET #status = :ready, #percent = :hundred, #output = :output, updatedAt = :at REMOVE pending, availableAt, leaseUntil', {
      ':ready': 'ready',
      ':hundred': 100,
      ':output': output,
      ':at': iso(now),
    });
  }

  async markFailed(jobId: string, owner: string, reason: string, now = Date.now()): Promise<void> {
    await this.held(jobId, owner, 'SET #status = :failed, #reason = :reason, updatedAt = :at REMOVE pending, availableAt, leaseUntil, #percent', {
      ':failed': 'failed',
      ':reason': reason,
      ':at': iso(now),
    });
  }

  private async held(jobId: string, owner: string, update: string, values: Record<string, unknown>): Promise<void> {
    const written = await this.conditional(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { jobId },
        UpdateExpression: update,
        ConditionExpression: HELD,
        ExpressionAttributeNames: namesIn(update, HELD),
        ExpressionAttributeValues: { ':running': 'running', ':owner': owner, ...values },
      }),
    );
    if (!written) throw new LeaseLostError(jobId);
  }

  /** Sends a conditional write: its attributes when it was applied, undefined when its condition failed. */
  private async conditional(command: PutCommand | UpdateCommand): Promise<Record<string, unknown> | undefined> {
    try {
      const result = await this.db.send(command as UpdateCommand);
      return result.Attributes ?? {};
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }
}
