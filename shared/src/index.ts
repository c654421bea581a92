export * from './courses/course.schema';
export * from './courses/list-courses.schema';
export * from './http/error.schema';
export * from './auth/auth.schema';
export * from './auth/password-policy';
