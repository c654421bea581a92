export * from './courses/course.schema';
export * from './courses/list-courses.schema';
export * from './http/error.schema';
