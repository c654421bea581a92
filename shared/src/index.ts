export * from './courses/course.schema';
export * from './courses/list-courses.schema';
export * from './http/error.schema';
export * from './auth/auth.schema';
export * from './auth/password-policy';
export * from './authoring/authoring.schema';
export * from './authoring/admin-course.schema';
export * from './media/playback.schema';
