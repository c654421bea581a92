import {
  CERTIFICATES_TABLE,
  COURSES_TABLE,
  DISCUSSIONS_TABLE,
  ENROLLMENTS_TABLE,
  LOOPS_TABLE,
  NOTIFICATIONS_TABLE,
  PRACTICE_TABLE,
  PROGRESS_TABLE,
  PURCHASES_TABLE,
  RATE_LIMITS_TABLE,
  REVIEWS_TABLE,
  TRANSCODES_TABLE,
  USERS_TABLE,
  WEBHOOK_EVENTS_TABLE,
} from '@lessonstage/backend/tables';

export type TableAccess = 'read' | 'write' | 'readWrite';

/** What one domain's Lambda may touch. Anything not listed here is denied (least privilege). */
export interface DomainAccess {
  /** Table definition id → access; reads cover the table's GSIs, writes the table only. */
  readonly tables?: { readonly [tableId: string]: TableAccess };
  /**
   * Cognito actions on the user pool that need IAM (the Admin* APIs). The public-client APIs the
   * auth routes call (SignUp, InitiateAuth, GetUser, …) are authorized by the client id or the
   * user's access token and need none.
   */
  readonly userPool?: readonly string[];
  /**
   * Content bucket access by key pattern (e.g. `courses/*`): `read` = GetObject (also what
   * presigned GET links and HeadObject need), `write` = PutObject and AbortMultipartUpload (presigned
   * PUTs and multipart uploads), `delete` = DeleteObject. `list` = ListBucket on the bucket, without
   * which S3 answers HeadObject on a missing key with 403 instead of 404.
   */
  readonly contentBucket?: {
    readonly read?: readonly string[];
    readonly write?: readonly string[];
    readonly delete?: readonly string[];
    readonly list?: boolean;
  };
  /** Read the Stripe secrets (secret key, webhook signing secret) from Secrets Manager. */
  readonly stripeSecret?: boolean;
  /** Send mail through SES as MAIL_FROM (granted only when the mailFrom context is set). */
  readonly sendMail?: boolean;
  /** Read the HMAC key of the weekly e-mail's unsubscribe links from Secrets Manager. */
  readonly unsubscribeSecret?: boolean;
  /** Start the transcode state machine (a retried job): states:StartExecution on it and its ARN as TRANSCODE_STATE_MACHINE_ARN. */
  readonly startTranscode?: boolean;
  /** Read the private key of the HLS cookies (hls-signing.ts) and know its CloudFront key pair id. */
  readonly hlsSigningKey?: boolean;
  /**
   * Read the operator settings from Parameter Store at cold start (operator-settings.construct.ts).
   * Its handler passes `parameterStoreSettings` to createDomainHandler; the others read only their environment.
   */
  readonly settings?: boolean;
  /** Presigns browser uploads: with the `transferAcceleration` context, through the accelerate endpoint (S3_TRANSFER_ACCELERATION). */
  readonly presignsUploads?: boolean;
  /** Latency-critical for viewers: an alias with the `provisionedConcurrency` context's warm instances serves its routes. */
  readonly provisioned?: boolean;
}

/**
 * Permissions of every backend domain, from what its routes call (backend/src/<domain>). A domain
 * in DOMAIN_NAMES without an entry fails synth: a new Lambda's permissions are a decision, not a default.
 */
export const DOMAIN_ACCESS: { readonly [domain: string]: DomainAccess } = {
  health: {},
  // The catalog; CATALOG_CACHE_SECONDS is an operator setting.
  courses: { tables: { [COURSES_TABLE.id]: 'read' }, settings: true, provisioned: true },
  auth: {
    // Users: get / createIfAbsent / updateName / setRole. RateLimits: the counters' UpdateItem.
    tables: { [USERS_TABLE.id]: 'readWrite', [RATE_LIMITS_TABLE.id]: 'write' },
    // CognitoAuthGateway.profile() reads the user with AdminGetUser.
    userPool: ['cognito-idp:AdminGetUser'],
    // The rate limits (AUTH_RATE_LIMIT_*) are operator settings.
    settings: true,
  },
  // Admin user look-up: Users.findByEmail (byEmail index).
  admin: { tables: { [USERS_TABLE.id]: 'read' } },
  // Course editing and uploads (admin only): courses CRUD, the author's user row and teacher
  // profile (Users.setTeacherProfile); covers under public/thumbnails/, teacher photos under
  // public/teachers/, lesson files under courses/. head() after an upload needs list (404 vs 403).
  // Enrollments: each course save that changes what "My courses" shows refreshes its enrollments'
  // copies (byCourse index, UpdateItem).
  // Transcodes: upload complete queues a job, Retry queues another, the editor reads the latest
  // (byLesson); a retry starts the state machine itself (no upload, so no S3 event).
  authoring: {
    tables: {
      [COURSES_TABLE.id]: 'readWrite',
      [USERS_TABLE.id]: 'readWrite',
      [ENROLLMENTS_TABLE.id]: 'readWrite',
      [TRANSCODES_TABLE.id]: 'readWrite',
    },
    startTranscode: true,
    // Multipart tuning (UPLOAD_*) is an operator setting.
    settings: true,
    presignsUploads: true,
    contentBucket: {
      read: ['public/thumbnails/*', 'public/teachers/*', 'courses/*'],
      write: ['public/thumbnails/*', 'public/teachers/*', 'courses/*'],
      delete: ['public/thumbnails/*', 'public/teachers/*', 'courses/*'],
      list: true,
    },
  },
  // Playback and material links: presigned GETs of lesson files for enrolled students, and the
  // signed cookies of a lesson's stream (/media/hls/*, served by CloudFront).
  media: {
    tables: { [COURSES_TABLE.id]: 'read', [ENROLLMENTS_TABLE.id]: 'read' },
    contentBucket: { read: ['courses/*'] },
    hlsSigningKey: true,
    provisioned: true,
  },
  // Checkout, the Stripe webhook (purchases, idempotency records, enrollments, receipt mail) and
  // the admin purchase list and refunds.
  payments: {
    tables: {
      [COURSES_TABLE.id]: 'readWrite',
      [USERS_TABLE.id]: 'read',
      [ENROLLMENTS_TABLE.id]: 'readWrite',
      [PURCHASES_TABLE.id]: 'readWrite',
      [WEBHOOK_EVENTS_TABLE.id]: 'readWrite',
      // A refund or dispute revokes the course's certificate: one conditional UpdateItem.
      [CERTIFICATES_TABLE.id]: 'write',
      // ...and takes the student's review out of the course's rating (a later purchase puts it
      // back): the review's lease and state, the rating's ADD on the course item.
      [REVIEWS_TABLE.id]: 'readWrite',
    },
    stripeSecret: true,
    sendMail: true,
  },
  // "My courses", lesson progress and the practice journal.
  learning: {
    // Saved loops: get, put, delete by id; the per-lesson list and count through byLesson.
    // Enrollments: the completed-lessons counter and the course copy a read stores (UpdateItem).
    // Practice: conditional puts and updates of sessions and totals, key-range Queries for the summary.
    // Completing a course's last lesson issues its certificate (the student's name from Users).
    tables: {
      [COURSES_TABLE.id]: 'read',
      [ENROLLMENTS_TABLE.id]: 'readWrite',
      [PROGRESS_TABLE.id]: 'readWrite',
      [LOOPS_TABLE.id]: 'readWrite',
      [PRACTICE_TABLE.id]: 'readWrite',
      [USERS_TABLE.id]: 'read',
      [CERTIFICATES_TABLE.id]: 'readWrite',
    },
  },
  // The weekly practice e-mail: the toggle and the sent markers (Practice: Get, Put, Delete, Update,
  // Query of the subscriber shards and the journal), the student's address (Users.get), lesson titles
  // (Courses.getMany), the e-mail (the admin's "run now"; the weekly job has the same access).
  'practice-mail': {
    tables: { [PRACTICE_TABLE.id]: 'readWrite', [USERS_TABLE.id]: 'read', [COURSES_TABLE.id]: 'read' },
    sendMail: true,
    unsubscribeSecret: true,
  },
  // Transcode state machine, step 1: queues the upload's job if the API has not yet, and claims
  // it (conditional writes with a lease). Nothing else: MediaConvert reads the original itself.
  // Step 1: claims the job; reads the original's header (a few ranged reads) for its picture size.
  'transcode-claim': {
    tables: { [TRANSCODES_TABLE.id]: 'readWrite' },
    contentBucket: { read: ['courses/*/lessons/*/video/*'] },
  },
  // Step 3: records ready/failed, points the lesson at its stream (Courses), reads master.m3u8,
  // lists the job folder and writes poster.jpg (a copy of MediaConvert's frame) and
  // thumbs/thumbnails.vtt under hls/, deletes superseded and failed output and the lesson's older
  // folders (list + delete).
  'transcode-finish': {
    tables: { [TRANSCODES_TABLE.id]: 'readWrite', [COURSES_TABLE.id]: 'readWrite' },
    contentBucket: { read: ['hls/*'], write: ['hls/*'], delete: ['hls/*'], list: true },
  },
  // The student's certificates, their PDFs (made on first download, kept under certificates/,
  // never public) and the public verification by id (byCertificate).
  certificates: {
    tables: { [CERTIFICATES_TABLE.id]: 'readWrite' },
    contentBucket: { read: ['certificates/*'], write: ['certificates/*'] },
  },
  // Course reviews: the review items and their byCourseNewest list, the rating kept on the course
  // item (UpdateItem ADD; the published check reads it), who is enrolled, reviewers' display names.
  reviews: {
    tables: {
      [REVIEWS_TABLE.id]: 'readWrite',
      [COURSES_TABLE.id]: 'readWrite',
      [ENROLLMENTS_TABLE.id]: 'read',
      [USERS_TABLE.id]: 'read',
    },
  },
  // The bell: Query of the user's notifications, the settings item's Get and its conditional
  // UpdateItem (mark read, e-mail choices). The notifiers of other domains write the table themselves.
  notifications: {
    tables: { [NOTIFICATIONS_TABLE.id]: 'readWrite' },
  },
  // Course discussions: threads, replies and reports (Get, Put, Update, Delete, BatchWrite of a
  // deleted thread's items, Queries of byCourse and byReport); who may read (Courses, Enrollments);
  // authors' names (Users); the posting limit (RateLimits); a reply tells the thread's author
  // (Notifications: Put, the unread ADD, the settings Get; the e-mail through SES).
  discussions: {
    tables: {
      [DISCUSSIONS_TABLE.id]: 'readWrite',
      [COURSES_TABLE.id]: 'read',
      [ENROLLMENTS_TABLE.id]: 'read',
      [USERS_TABLE.id]: 'read',
      [RATE_LIMITS_TABLE.id]: 'write',
      [NOTIFICATIONS_TABLE.id]: 'readWrite',
    },
    sendMail: true,
  },
};

const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** DynamoDB actions per access level. No Scan anywhere: every listing reads through a key or index. */
export const TABLE_ACTIONS: { readonly [access in TableAccess]: { readonly read: readonly string[]; readonly write: readonly string[] } } = {
  read: { read: READ_ACTIONS, write: [] },
  write: { read: [], write: WRITE_ACTIONS },
  readWrite: { read: READ_ACTIONS, write: WRITE_ACTIONS },
};

export function accessOf(domain: string, access: { readonly [domain: string]: DomainAccess } = DOMAIN_ACCESS): DomainAccess {
  const entry = access[domain];
  if (!entry) throw new Error(`No DOMAIN_ACCESS entry for backend domain "${domain}" (infrastructure/lib/domain-access.ts)`);
  return entry;
}
