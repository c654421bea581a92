import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AuthUser,
  MfaChallenge,
  MfaSetup,
  Session,
  SignInRequest,
  SignInResponse,
  SignUpRequest,
} from '@lessonstage/shared';
import { Observable } from 'rxjs';

export const AUTH_URL = '/api/auth';

export interface AccountStatus {
  readonly email: string;
  readonly confirmed: boolean;
}

export interface MfaStatus {
  readonly mfaEnabled: boolean;
}

/** True when sign-in needs the authenticator code before it returns a session. */
export function isMfaChallenge(response: SignInResponse): response is MfaChallenge {
  return 'challenge' in response;
}

/**
 * HTTP access to /api/auth. The server keeps the session in httpOnly cookies, so the tokens in
 * a `Session` are never stored by the app: only its `user` is used.
 */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** 201 → the account exists, unconfirmed; 409 `UsernameExists`; 400 validation. */
  signUp(request: SignUpRequest): Observable<AccountStatus> {
    return this.http.post<AccountStatus>(`${AUTH_URL}/signup`, request);
  }

  /** 400 `CodeMismatch` (wrong or expired) or `AlreadyConfirmed`. */
  confirm(email: string, code: string): Observable<AccountStatus> {
    return this.http.post<AccountStatus>(`${AUTH_URL}/confirm`, { email, code });
  }

  /** Always answers `{ sent: true }`, whether or not the account exists. */
  resendCode(email: string): Observable<unknown> {
    return this.http.post(`${AUTH_URL}/resend`, { email });
  }

  /** A session, or an MFA challenge; 401 `InvalidCredentials`; 403 `UserNotConfirmed`. */
  signIn(request: SignInRequest): Observable<SignInResponse> {
    return this.http.post<SignInResponse>(`${AUTH_URL}/signin`, request);
  }

  /** Answers the MFA challenge of `signIn` with the authenticator's code. */
  answerMfa(session: string, code: string): Observable<Session> {
    return this.http.post<Session>(`${AUTH_URL}/mfa`, { session, code });
  }

  /** A new session from the refresh cookie; 401 when there is none or it expired. */
  refresh(): Observable<Session> {
    return this.http.post<Session>(`${AUTH_URL}/refresh`, {});
  }

  /** Revokes the refresh token and clears the session cookies. */
  signOut(): Observable<unknown> {
    return this.http.post(`${AUTH_URL}/signout`, {});
  }

  /** The signed-in user; 401 when the session cookie is missing or expired. */
  me(): Observable<AuthUser> {
    return this.http.get<AuthUser>(`${AUTH_URL}/me`);
  }

  updateName(name: string): Observable<AuthUser> {
    return this.http.patch<AuthUser>(`${AUTH_URL}/me`, { name });
  }

  /** Always answers 200; the code goes out by e-mail when the account exists. */
  forgotPassword(email: string): Observable<unknown> {
    return this.http.post(`${AUTH_URL}/forgot`, { email });
  }

  resetPassword(email: string, code: string, password: string): Observable<unknown> {
    return this.http.post(`${AUTH_URL}/reset`, { email, code, password });
  }

  /** Starts authenticator (TOTP) set-up: the secret, and a QR code of it as an SVG data: URL. */
  startMfaSetup(): Observable<MfaSetup> {
    return this.http.post<MfaSetup>(`${AUTH_URL}/mfa/setup`, {});
  }

  /** Checks a code from the authenticator and turns MFA on; 400 `CodeMismatch`. */
  verifyMfa(code: string): Observable<MfaStatus> {
    return this.http.post<MfaStatus>(`${AUTH_URL}/mfa/verify`, { code });
  }

  disableMfa(): Observable<MfaStatus> {
    return this.http.delete<MfaStatus>(`${AUTH_URL}/mfa`);
  }
}
