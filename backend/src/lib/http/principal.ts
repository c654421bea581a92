import type { Role } from '@lessonstage/shared';

/** The caller, as proven by a verified Cognito token. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  /** The raw access token, for Cognito calls made on the user's behalf. */
  readonly accessToken: string;
}
