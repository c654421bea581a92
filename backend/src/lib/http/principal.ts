import type { Role } from '@lessonstage/shared';

/** The caller, as proven by a verified Cognito access or ID token. */
export interface Principal {
  readonly userId: string;
  readonly role: Role;
  /**
   * The raw access token, for Cognito calls made on the user's behalf (Cognito takes no ID token
   * there); absent when the caller proved itself with an ID token.
   */
  readonly accessToken?: string;
}
