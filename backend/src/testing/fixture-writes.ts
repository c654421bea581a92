import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { courseItem, type CourseRecord } from '../courses/course.record';
import type { EnrollmentRecord } from '../enrollments/enrollment.record';
import type { AppConfig } from '../lib/config';
import { createDocumentClient } from '../lib/db/dynamo-client';

/** A table fixtures write into straight, behind the repositories (no route writes unconditionally). */
export interface FixtureTable {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** The tables of a running stack (or any config) that fixtures write. */
export function fixtureTables(config: AppConfig): { courses: FixtureTable; enrollments: FixtureTable } {
  const doc = createDocumentClient(config);
  return { courses: { doc, tableName: config.coursesTable }, enrollments: { doc, tableName: config.enrollmentsTable } };
}

/** Creates or replaces a course as given, index keys and all. */
export async function putCourse(table: FixtureTable, course: CourseRecord): Promise<void> {
  await table.doc.send(new PutCommand({ TableName: table.tableName, Item: courseItem(course) }));
}

/** Stores an enrollment as given, whatever the one stored before. */
export async function putEnrollment(table: FixtureTable, enrollment: EnrollmentRecord): Promise<void> {
  await table.doc.send(new PutCommand({ TableName: table.tableName, Item: enrollment }));
}
