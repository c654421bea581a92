export * from './courses/course.schema';
export * from './courses/list-courses.schema';
export * from './http/error.schema';
export * from './http/request-fields.schema';
export * from './auth/auth.schema';
export * from './auth/password-policy';
export * from './authoring/authoring.schema';
export * from './authoring/admin-course.schema';
export * from './authoring/teacher-profile.schema';
export * from './media/playback.schema';
export * from './payments/payments.schema';
export * from './http/security-headers';
export * from './auth/session-hint';
export * from './practice/practice.schema';
export * from './practice/practice-rules';
export * from './practice/practice-journal.schema';
export * from './practice/practice-mail.schema';
export * from './certificates/certificates.schema';
export * from './notifications/notifications.schema';

export * from './reviews/reviews.schema';

export * from './discussions/discussions.schema';
export * from './discussions/discussion-rules';
