import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { PractisedLoop } from '@lessonstage/shared';

/**
 * One partition per student (`userId`), items told apart by `itemKey`:
 * `session#<id>` the sessions as sent; `month#<utc month>` seconds per UTC day and 15-minute slot
 * (`q<DD>_<slot>`, at most 31 × 96 numbers); `total#course#<c>` and `total#lesson#<c>#<l>`
 * all-time seconds; `loopmonth#<utc month>#<loopId>` a saved loop's best speed per day and slot
 * (`b<DD>_<slot>`); `total#goal` the weekly goal; `streak#<zone>` the current streak's run as last
 * read (derived: a cache). Totals are kept as sessions are written, so a year's summary reads about
 * 13 month items, a few totals and the loops' months: never the sessions.
 */
export type SessionState = 'recording' | 'counted' | 'done';

export interface SessionRecord {
  readonly sessionId: string;
  readonly courseId: string;
  readonly lessonId: string;
  readonly startedAt: string;
  readonly seconds: number;
  readonly loops: readonly PractisedLoop[];
  readonly state: SessionState;
  /** The request counting it now, and until when it may (a lease: see recordSession). */
  readonly owner?: string;
  readonly leaseUntil?: number;
}

export interface DayItem {
  readonly utcDate: string;
  /** Slot (0–95) → seconds. */
  readonly slots: ReadonlyMap<number, number>;
}

/**
 * Local days `start`..`through` (in one zone) all had practice when last read. Days are never
 * taken away, so that stays true; a later session may only extend the run back, which the
 * reader checks (the day before `start`).
 */
export interface StreakRun {
  readonly start: string;
  readonly through: string;
}

export interface LoopDayItem {
  readonly loopId: string;
  readonly utcDate: string;
  /** Slot → best speed played in it. */
  readonly slots: ReadonlyMap<number, number>;
}

export interface TotalItem {
  readonly courseId: string;
  readonly lessonId?: string;
  readonly seconds: number;
  readonly lastPractisedAt?: string;
}

/** Aggregates a session adds to: each carries the ids of sessions added but not yet finished, in `applying`. */
export const monthKey = (utcMonth: string) => `month#${utcMonth}`;
/** A slot's attribute in its month item: `q05_37` is the 5th, 09:15–09:30 UTC. */
export const slotAttribute = (utcDate: string, slot: number) => `q${utcDate.slice(8, 10)}_${slot}`;
export const courseTotalKey = (courseId: string) => `total#course#${courseId}`;
export const lessonTotalKey = (courseId: string, lessonId: string) => `total#lesson#${courseId}#${lessonId}`;
const sessionKey = (sessionId: string) => `session#${sessionId}`;
/** The weekly goal sits among the totals (`total#goal`) so that one Query reads them all. */
const GOAL_KEY = 'total#goal';
/** The current streak's run per time zone: derived, may be deleted at any time. */
const streakKey = (timeZone: string) => `streak#${timeZone}`;
const loopMonthKey = (utcMonth: string, loopId: string) => `loopmonth#${utcMonth}#${loopId}`;

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException;
}

/** Runs a conditional write; false when its condition did not hold. */
async function conditionally(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * A month item's numbers `<prefix><DD>_<slot>` as days of slots, only those within `first`..`last`.
 * Parsed by hand, not with a RegExp: a year's summary goes through thousands of them.
 */
function daysOf(month: string, item: Record<string, NativeAttributeValue>, prefix: 'q' | 'b', first: string, last: string): DayItem[] {
  const byDay = new Map<string, Map<number, number>>();
  for (const name in item) {
    const value: unknown = item[name];
    if (typeof value !== 'number' || name.length < 5 || name[0] !== prefix || name[3] !== '_') continue;
    const slot = Number(name.slice(4));
    if (!Number.isInteger(slot)) continue;
    const utcDate = `${month}-${name.slice(1, 3)}`;
    if (utcDate < first || utcDate > last) continue;
    let slots = byDay.get(utcDate);
    if (!slots) byDay.set(utcDate, (slots = new Map<number, number>()));
    slots.set(slot, value);
  }
  return Array.from(byDay, ([utcDate, slots]) => ({ utcDate, slots }));
}

export class PracticeJournalRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Writes the session if its id is new (→ true); false when it was already there. */
  async createSession(userId: string, session: SessionRecord): Promise<boolean> {
    const Item = { userId, itemKey: sessionKey(session.sessionId), ...session, recordedAt: new Date().toISOString() };
    return conditionally(this.db.send(new PutCommand({ TableName: this.tableName, Item, ConditionExpression: 'attribute_not_exists(itemKey)' })));
  }

  async getSession(userId: string, sessionId: string): Promise<SessionRecord | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, itemKey: sessionKey(sessionId) }, ConsistentRead: true }));
    return result.Item as SessionRecord | undefined;
  }

  /** Takes over a session still `recording` whose lease `staleLeaseUntil` ran out; false if someone else did. */
  async takeOverSession(userId: string, sessionId: string, staleLeaseUntil: number, owner: string, leaseUntil: number): Promise<boolean> {
    return this.setSession(userId, sessionId, 'SET #owner = :owner, leaseUntil = :lease', '#state = :recording AND leaseUntil = :stale', {
      ':owner': owner,
      ':lease': leaseUntil,
      ':recording': 'recording',
      ':stale': staleLeaseUntil,
    });
  }

  /** `recording` → `counted`, only by the lease holder while the lease lasts (fencing off a late one). */
  async markCounted(userId: string, sessionId: string, owner: string, nowMs: number): Promise<boolean> {
    return this.setSession(userId, sessionId, 'SET #state = :counted', '#state = :recording AND #owner = :owner AND leaseUntil > :now', {
      ':counted': 'counted',
      ':recording': 'recording',
      ':owner': owner,
      ':now': nowMs,
    });
  }

  async markDone(userId: string, sessionId: string): Promise<void> {
    await this.setSession(userId, sessionId, 'SET #state = :done REMOVE #owner, leaseUntil', '#state = :counted', { ':done': 'done', ':counted': 'counted' });
  }

  private setSession(userId: string, sessionId: string, update: string, condition: string, values: Record<string, NativeAttributeValue>): Promise<boolean> {
    return conditionally(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, itemKey: sessionKey(sessionId) },
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#state': 'state', ...(update.includes('#owner') || condition.includes('#owner') ? { '#owner': 'owner' } : {}) },
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  /**
   * Adds numbers to an aggregate once per session: the session's id goes into `applying` in the
   * same write, and a write that finds it there changes nothing (→ false).
   */
  async addOnce(userId: string, itemKey: string, sessionId: string, add: Readonly<Record<string, number>>, set: Readonly<Record<string, string>> = {}): Promise<boolean> {
    const names: Record<string, string> = { '#applying': 'applying' };
    const values: Record<string, NativeAttributeValue> = { ':session': sessionId, ':sessions': new Set([sessionId]) };
    const adds = Object.entries(add).map(([name, value], i) => {
      names[`#a${i}`] = name;
      values[`:a${i}`] = value;
      return `#a${i} :a${i}`;
    });
    const sets = Object.entries(set).map(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
    const update = `ADD ${[...adds, '#applying :sessions'].join(', ')}${sets.length ? ` SET ${sets.join(', ')}` : ''}`;
    return conditionally(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, itemKey },
          UpdateExpression: update,
          ConditionExpression: 'NOT contains(#applying, :session)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }

  /** Drops a finished session's id from an aggregate (a no-op when it is not there). */
  async forgetApplied(userId: string, itemKey: string, sessionId: string): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { userId, itemKey },
        UpdateExpression: 'DELETE applying :sessions',
        ConditionExpression: 'attribute_exists(itemKey)',
        ExpressionAttributeValues: { ':sessions': new Set([sessionId]) },
      }),
    ).catch((error: unknown) => {
      if (!isConditionFailure(error)) throw error;
    });
  }

  /** Raises a string attribute to `value` if it is lower or absent: replaying it changes nothing. */
  async raiseLastPractised(userId: string, courseId: string, lessonId: string, at: string): Promise<void> {
    await conditionally(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, itemKey: lessonTotalKey(courseId, lessonId) },
          UpdateExpression: 'SET lastPractisedAt = :at, courseId = :course, lessonId = :lesson',
          ConditionExpression: 'attribute_not_exists(lastPractisedAt) OR lastPractisedAt < :at',
          ExpressionAttributeValues: { ':at': at, ':course': courseId, ':lesson': lessonId },
        }),
      ),
    );
  }

  /** A saved loop's best speed in a slot, raised if `speed` beats it: idempotent by nature. */
  async raiseLoopBest(userId: string, loopId: string, utcDate: string, slot: number, speed: number): Promise<void> {
    const month = utcDate.slice(0, 7);
    await conditionally(
      this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, itemKey: loopMonthKey(month, loopId) },
          UpdateExpression: 'SET #best = :speed, loopId = :loop, utcMonth = :month',
          ConditionExpression: 'attribute_not_exists(#best) OR #best < :speed',
          ExpressionAttributeNames: { '#best': `b${slotAttribute(utcDate, slot).slice(1)}` },
          ExpressionAttributeValues: { ':speed': speed, ':loop': loopId, ':month': month },
        }),
      ),
    );
  }

  /** Seconds per slot of the UTC days `firstUtc`..`lastUtc` that have any. */
  async days(userId: string, firstUtc: string, lastUtc: string): Promise<DayItem[]> {
    const items = await this.range(userId, monthKey(firstUtc.slice(0, 7)), monthKey(lastUtc.slice(0, 7)));
    return items.flatMap((item) => daysOf(String(item.itemKey).slice('month#'.length), item, 'q', firstUtc, lastUtc));
  }

  /** Saved loops' best speeds per slot of the UTC days `firstUtc`..`lastUtc`. */
  async loopDays(userId: string, firstUtc: string, lastUtc: string): Promise<LoopDayItem[]> {
    // '$' sorts right after '#': the upper bound takes in every loop of the last month.
    const items = await this.range(userId, loopMonthKey(firstUtc.slice(0, 7), ''), `loopmonth#${lastUtc.slice(0, 7)}$`);
    return items.flatMap((item) => daysOf(String(item.utcMonth), item, 'b', firstUtc, lastUtc).map(({ utcDate, slots }) => ({ loopId: String(item.loopId), utcDate, slots })));
  }

  /** The run of days last found practised in `timeZone` (see practice-summary's streak), if any. */
  async streakRun(userId: string, timeZone: string): Promise<StreakRun | undefined> {
    const { Item } = await this.db.send(new GetCommand({ TableName: this.tableName, Key: { userId, itemKey: streakKey(timeZone) } }));
    return Item && typeof Item.start === 'string' && typeof Item.through === 'string' ? { start: Item.start, through: Item.through } : undefined;
  }

  async rememberStreakRun(userId: string, timeZone: string, run: StreakRun): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { userId, itemKey: streakKey(timeZone), ...run } }));
  }

  /** The lesson and course totals, and the weekly goal kept among them: one Query. */
  async totalsAndGoal(userId: string): Promise<{ totals: TotalItem[]; weeklyGoalSeconds: number }> {
    const items = await this.range(userId, 'total#', 'total$');
    const goal = items.find((item) => item.itemKey === GOAL_KEY);
    const totals = items
      .filter((item) => item !== goal)
      .map(({ courseId, lessonId, seconds, lastPractisedAt }) => ({
        courseId: String(courseId),
        lessonId: lessonId === undefined ? undefined : String(lessonId),
        seconds: Number(seconds ?? 0),
        lastPractisedAt: lastPractisedAt === undefined ? undefined : String(lastPractisedAt),
      }));
    return { totals, weeklyGoalSeconds: Number(goal?.weeklyGoalSeconds ?? 0) };
  }

  async setWeeklyGoal(userId: string, weeklyGoalSeconds: number): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { userId, itemKey: GOAL_KEY, weeklyGoalSeconds, updatedAt: new Date().toISOString() } }));
  }

  /** Every item with a key between `low` and `high`, both included (one paged Query). */
  private async range(userId: string, low: string, high: string): Promise<Record<string, NativeAttributeValue>[]> {
    const items: Record<string, NativeAttributeValue>[] = [];
    let start: Record<string, NativeAttributeValue> | undefined;
    do {
      const page = await this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :user AND itemKey BETWEEN :low AND :high',
          ExpressionAttributeValues: { ':user': userId, ':low': low, ':high': high },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
