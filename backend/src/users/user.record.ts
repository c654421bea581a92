import type { Role } from '@lessonstage/shared';

/** A user as stored: written at confirmation, keyed by the Cognito `sub`. */
export interface UserRecord {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}
