import type { Role } from '@lessonstage/shared';

/** What a teacher shows students on their courses; set from the admin area. */
export interface TeacherProfileRecord {
  readonly displayName: string;
  readonly bio: string;
  /** S3 key under public/teachers/, served like course covers. */
  readonly photoKey?: string;
}

/** A user as stored: written at confirmation, keyed by the Cognito `sub`. */
export interface UserRecord {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly teacherProfile?: TeacherProfileRecord;
}
