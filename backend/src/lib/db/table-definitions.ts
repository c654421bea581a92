/**
 * The one definition of every DynamoDB table: the local stack creates its tables from it and the
 * CDK stack deploys from it, so keys and indexes cannot drift between the two.
 */
export type AttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export interface GlobalIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
}

export interface TableDefinition {
  /** Stable logical id, used for CDK construct ids and env variable names. */
  readonly id: string;
  /** Environment variable that carries the physical table name to the handlers. */
  readonly envVar: string;
  /** Name used by the local stack (and a readable default in the cloud). */
  readonly localName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly globalIndexes: readonly GlobalIndexDefinition[];
  /** Attribute holding an epoch-seconds expiry, if the table uses DynamoDB TTL. */
  readonly timeToLiveAttribute?: string;
}

export const COURSES_TABLE = {
  id: 'Courses',
  envVar: 'COURSES_TABLE',
  localName: 'lessonstage-courses',
  partitionKey: { name: 'courseId', type: 'S' },
  globalIndexes: [
    {
      // Catalog listing: one partition per catalog status, newest first by sort key.
      indexName: 'byCatalogOrder',
      partitionKey: { name: 'catalogPartition', type: 'S' },
      sortKey: { name: 'catalogSortKey', type: 'S' },
    },
    {
      // Admin listing: every course, drafts included, newest first.
      indexName: 'byCreation',
      partitionKey: { name: 'listPartition', type: 'S' },
      sortKey: { name: 'listSortKey', type: 'S' },
    },
  ],
} as const satisfies TableDefinition;

/** Who may watch which course: one item per (user, course), revoked on refund or dispute. */
export const ENROLLMENTS_TABLE = {
  id: 'Enrollments',
  envVar: 'ENROLLMENTS_TABLE',
  localName: 'lessonstage-enrollments',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'courseId', type: 'S' },
  globalIndexes: [
    // A course's students, for the course saves that refresh their copies.
    { indexName: 'byCourse', partitionKey: { name: 'courseId', type: 'S' }, sortKey: { name: 'userId', type: 'S' } },
    // A student's enrollments newest first, for My courses' pages.
    { indexName: 'byUserGrantedAt', partitionKey: { name: 'userId', type: 'S' }, sortKey: { name: 'grantedAt', type: 'S' } },
  ],
} as const satisfies TableDefinition;

export const USERS_TABLE = {
  id: 'Users',
  envVar: 'USERS_TABLE',
  localName: 'lessonstage-users',
  partitionKey: { name: 'userId', type: 'S' },
  globalIndexes: [{ indexName: 'byEmail', partitionKey: { name: 'email', type: 'S' } }],
} as const satisfies TableDefinition;

/** Fixed-window request counters (rate limiting); items expire through `expiresAt` (TTL). */
export const RATE_LIMITS_TABLE = {
  id: 'RateLimits',
  envVar: 'RATE_LIMITS_TABLE',
  localName: 'lessonstage-rate-limits',
  partitionKey: { name: 'bucketKey', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalIndexes: [],
} as const satisfies TableDefinition;

/** One item per Stripe payment (keyed by its PaymentIntent): amount, status and times, for receipts and refunds. */
export const PURCHASES_TABLE = {
  id: 'Purchases',
  envVar: 'PURCHASES_TABLE',
  localName: 'lessonstage-purchases',
  partitionKey: { name: 'paymentId', type: 'S' },
  globalIndexes: [{ indexName: 'byCreation', partitionKey: { name: 'listPartition', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } }],
} as const satisfies TableDefinition;

/** Stripe events already fully processed (redeliveries stop here); swept by TTL after 30 days. */
export const WEBHOOK_EVENTS_TABLE = {
  id: 'WebhookEvents',
  envVar: 'WEBHOOK_EVENTS_TABLE',
  localName: 'lessonstage-webhook-events',
  partitionKey: { name: 'eventId', type: 'S' },
  timeToLiveAttribute: 'expiresAt',
  globalIndexes: [],
} as const satisfies TableDefinition;

/** Where each student is in each lesson (resume position, completion). */
export const PROGRESS_TABLE = {
  id: 'Progress',
  envVar: 'PROGRESS_TABLE',
  localName: 'lessonstage-progress',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'lessonKey', type: 'S' },
  globalIndexes: [],
} as const satisfies TableDefinition;

/**
 * Students' saved practice loops: read and written by id, listed per lesson through `byLesson`
 * (`userId#courseId#lessonId`, so one student's loops of one lesson are one Query).
 */
export const LOOPS_TABLE = {
  id: 'Loops',
  envVar: 'LOOPS_TABLE',
  localName: 'lessonstage-loops',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'loopId', type: 'S' },
  globalIndexes: [{ indexName: 'byLesson', partitionKey: { name: 'lessonKey', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } }],
} as const satisfies TableDefinition;

/**
 * Students' practice journals, one partition a student: the sessions the player recorded and the
 * totals kept as they are written (per UTC day in 15-minute slots, per lesson, per course, loop
 * bests, the weekly goal), told apart by `itemKey` (see learning/journal/practice-journal.repository.ts).
 */
export const PRACTICE_TABLE = {
  id: 'Practice',
  envVar: 'PRACTICE_TABLE',
  localName: 'lessonstage-practice',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'itemKey', type: 'S' },
  globalIndexes: [],
} as const satisfies TableDefinition;

/**
 * Course certificates: one item per (user, course), so a conditional put issues at most one
 * whatever the concurrency; found by id through `byCertificate` for the public verification page.
 */
export const CERTIFICATES_TABLE = {
  id: 'Certificates',
  envVar: 'CERTIFICATES_TABLE',
  localName: 'lessonstage-certificates',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'courseId', type: 'S' },
  globalIndexes: [{ indexName: 'byCertificate', partitionKey: { name: 'certificateId', type: 'S' } }],
} as const satisfies TableDefinition;

/**
 * Transcode jobs (#17), one item per job. `byLesson` lists a course's jobs by lesson, newest last
 * (`lessonJobKey` = `<lessonId>#<createdAt>#<jobId>`), so the latest job of a lesson is one Query.
 * `byPending` is sparse: only queued and running jobs carry `pending`, sorted by `availableAt` (when
 * a queued job was created, or when a running job's lease runs out), so finding work is a Query.
 */
export const TRANSCODES_TABLE = {
  id: 'Transcodes',
  envVar: 'TRANSCODES_TABLE',
  localName: 'lessonstage-transcodes',
  partitionKey: { name: 'jobId', type: 'S' },
  globalIndexes: [
    { indexName: 'byLesson', partitionKey: { name: 'courseId', type: 'S' }, sortKey: { name: 'lessonJobKey', type: 'S' } },
    { indexName: 'byPending', partitionKey: { name: 'pending', type: 'S' }, sortKey: { name: 'availableAt', type: 'S' } },
  ],
} as const satisfies TableDefinition;

/**
 * In-app notifications (#19), under their user: `n#<createdAt>#<id>` items newest last, and one
 * `settings` item holding the unread count (ADDed with each notification) and the e-mail choices.
 */
export const NOTIFICATIONS_TABLE = {
  id: 'Notifications',
  envVar: 'NOTIFICATIONS_TABLE',
  localName: 'lessonstage-notifications',
  partitionKey: { name: 'userId', type: 'S' },
  sortKey: { name: 'itemKey', type: 'S' },
  globalIndexes: [],
} as const satisfies TableDefinition;

/**
 * Course reviews (#19), one item per (course, reviewer): `reviewId` is a hash of the two, so a
 * student's own review is one GetItem and no user id is published. `byCourseNewest` is sparse:
 * only reviews counted in the course's rating carry `listKey` (`<createdAt>#<reviewId>`), so the
 * public list is one Query, newest first, without the refunded ones.
 */
export const REVIEWS_TABLE = {
  id: 'Reviews',
  envVar: 'REVIEWS_TABLE',
  localName: 'lessonstage-reviews',
  partitionKey: { name: 'courseId', type: 'S' },
  sortKey: { name: 'reviewId', type: 'S' },
  globalIndexes: [{ indexName: 'byCourseNewest', partitionKey: { name: 'courseId', type: 'S' }, sortKey: { name: 'listKey', type: 'S' } }],
} as const satisfies TableDefinition;

/**
 * Course discussions (#19), one partition a thread: the `thread` item (the opening post and its
 * counters), `reply#<replyId>` items (ids sort by time, so a thread's replies are one Query, oldest
 * first) and `report#<postId>#<userId>` markers (one report per user and post). `byCourse` lists a
 * course's threads: only thread items carry `listKey` = `<1 pinned | 0>#<lastActivityAt>#<threadId>`,
 * so newest-first is pinned first, then latest activity. `byReport` is the moderation queue: only
 * reported, unresolved posts carry `reportQueue`, sorted by their first report.
 */
export const DISCUSSIONS_TABLE = {
  id: 'Discussions',
  envVar: 'DISCUSSIONS_TABLE',
  localName: 'lessonstage-discussions',
  partitionKey: { name: 'threadId', type: 'S' },
  sortKey: { name: 'itemKey', type: 'S' },
  globalIndexes: [
    { indexName: 'byCourse', partitionKey: { name: 'courseId', type: 'S' }, sortKey: { name: 'listKey', type: 'S' } },
    { indexName: 'byReport', partitionKey: { name: 'reportQueue', type: 'S' }, sortKey: { name: 'reportKey', type: 'S' } },
  ],
} as const satisfies TableDefinition;

/**
 * Video-exchange submissions (#19), one item per submission keyed by its id (the id of its
 * upload), its comments and the teacher's answer inside it. Each list is one Query of an index:
 * `byOwner` (a student's own, newest first), `byOwnerLesson` (theirs on one lesson:
 * `ownerLessonKey` = `<userId>#<courseId>#<lessonId>`), `bySharedLesson` (sparse: only shared ones
 * carry `sharedLessonKey` = `<courseId>#<lessonId>`) and `byStatus` (the teachers' queue, oldest first).
 */
export const SUBMISSIONS_TABLE = {
  id: 'Submissions',
  envVar: 'SUBMISSIONS_TABLE',
  localName: 'lessonstage-submissions',
  partitionKey: { name: 'submissionId', type: 'S' },
  globalIndexes: [
    { indexName: 'byOwner', partitionKey: { name: 'userId', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } },
    { indexName: 'byOwnerLesson', partitionKey: { name: 'ownerLessonKey', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } },
    { indexName: 'bySharedLesson', partitionKey: { name: 'sharedLessonKey', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } },
    { indexName: 'byStatus', partitionKey: { name: 'status', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } },
  ],
} as const satisfies TableDefinition;

const TABLES = [
  COURSES_TABLE,
  USERS_TABLE,
  RATE_LIMITS_TABLE,
  ENROLLMENTS_TABLE,
  PURCHASES_TABLE,
  WEBHOOK_EVENTS_TABLE,
  PROGRESS_TABLE,
  LOOPS_TABLE,
  PRACTICE_TABLE,
  CERTIFICATES_TABLE,
  TRANSCODES_TABLE,
  NOTIFICATIONS_TABLE,
  REVIEWS_TABLE,
  DISCUSSIONS_TABLE,
  SUBMISSIONS_TABLE,
] as const satisfies readonly TableDefinition[];

export const TABLE_DEFINITIONS: readonly TableDefinition[] = TABLES;

/** The tables' ids, from which the configuration's table-name fields are made (lib/db/table-names). */
export type TableId = (typeof TABLES)[number]['id'];
