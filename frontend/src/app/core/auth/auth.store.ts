import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { AuthUser, Session, SignInRequest, SignInResponse } from '@lessonstage/shared';
import { SESSION_HINT_COOKIE } from '@lessonstage/shared/session-hint';
import { firstValueFrom, Observable, of } from 'rxjs';
import { catchError, finalize, map, shareReplay, tap } from 'rxjs/operators';

import { httpStatusOf } from '../http/api-error-message';
import { AuthApi, isMfaChallenge } from './auth.api';

/** `unknown` until the session restored at start-up has been checked. */
export type AuthStatus = 'unknown' | 'signed-in' | 'signed-out';

interface AuthState {
  readonly status: AuthStatus;
  readonly user: AuthUser | null;
}

/**
 * Who is signed in. The session itself lives in httpOnly cookies the app cannot read; this
 * store only knows the user the API last reported, and keeps it in step with sign-in, refresh
 * and sign-out.
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(AuthApi);
  private readonly document = inject(DOCUMENT);
  private readonly state = signal<AuthState>({ status: 'unknown', user: null });
  private restoring?: Promise<void>;
  private refreshing: Observable<AuthUser | null> | null = null;

  readonly status = computed(() => this.state().status);
  readonly user = computed(() => this.state().user);
  readonly isSignedIn = computed(() => this.status() === 'signed-in');
  readonly isAdmin = computed(() => this.user()?.role === 'admin');

  /**
   * Finds out whether the browser still has a session: GET /me, and on 401 one refresh; without
   * the session hint cookie (never signed in here, or signed out) it asks nothing.
   * Runs once; later calls return the same promise, so guards can await it. Never rejects.
   */
  restore(): Promise<void> {
    if (!this.restoring && !this.hasSessionHint()) {
      this.markSignedOut();
      this.restoring = Promise.resolve();
    }
    this.restoring ??= firstValueFrom(
      this.api.me().pipe(
        tap((user) => this.setUser(user)),
        catchError((error: unknown) => {
          if (httpStatusOf(error) === 401) {
            return this.refreshSession();
          }
          this.markSignedOut();
          return of(null);
        }),
        map(() => undefined),
      ),
    );
    return this.restoring;
  }

  /**
   * Trades the refresh cookie for a new session: the user, or null (and signed out) when that
   * fails. Concurrent callers share one request.
   */
  refreshSession(): Observable<AuthUser | null> {
    this.refreshing ??= this.api.refresh().pipe(
      map((session) => this.setUser(session.user)),
      catchError(() => {
        this.markSignedOut();
        // The session is gone for good: later page loads need not ask again.
        this.forgetSessionHint();
        return of(null);
      }),
      finalize(() => (this.refreshing = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshing;
  }

  /** Signs in; on an MFA challenge the caller continues with `answerMfa`. */
  signIn(request: SignInRequest): Observable<SignInResponse> {
    return this.api.signIn(request).pipe(
      tap((response) => {
        if (!isMfaChallenge(response)) {
          this.setUser(response.user);
        }
      }),
    );
  }

  answerMfa(session: string, code: string): Observable<Session> {
    return this.api.answerMfa(session, code).pipe(tap((response) => this.setUser(response.user)));
  }

  /** Ends the session on the server; locally the user is signed out even if that request fails. */
  signOut(): Observable<void> {
    return this.api.signOut().pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      tap(() => this.markSignedOut()),
    );
  }

  updateName(name: string): Observable<AuthUser> {
    return this.api.updateName(name).pipe(tap((user) => this.setUser(user)));
  }

  setMfaEnabled(mfaEnabled: boolean): void {
    this.state.update((state) => (state.user ? { ...state, user: { ...state.user, mfaEnabled } } : state));
  }

  /** Forgets the user, e.g. when the API says the session is gone. */
  markSignedOut(): void {
    this.state.set({ status: 'signed-out', user: null });
  }

  private hasSessionHint(): boolean {
    return this.document.cookie.split(';').some((pair) => pair.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
  }

  private forgetSessionHint(): void {
    this.document.cookie = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/`;
  }

  private setUser(user: AuthUser): AuthUser {
    this.state.set({ status: 'signed-in', user });
    return user;
  }
}
