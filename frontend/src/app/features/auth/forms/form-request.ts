import { DestroyRef, inject, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { finalize } from 'rxjs/operators';

import { authErrorMessage } from './auth-error-message';

/**
 * The request behind one form: whether it is running, and the message to show when it failed.
 * Create it in a field initializer (it needs the component's DestroyRef).
 */
export class FormRequest {
  readonly pending = signal(false);
  /** The server's error, worded for people; null while there is none. */
  readonly error = signal<string | null>(null);

  private subscription?: Subscription;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  /**
   * Sends `request` unless one is already running (a second click or Enter does nothing).
   * `handleError` may deal with an error itself by returning true; otherwise its message is shown.
   */
  run<T>(request: Observable<T>, next: (value: T) => void, handleError?: (error: unknown) => boolean): boolean {
    if (this.pending()) {
      return false;
    }
    this.pending.set(true);
    this.error.set(null);
    this.subscription = request.pipe(finalize(() => this.pending.set(false))).subscribe({
      next,
      error: (error: unknown) => {
        if (!handleError?.(error)) {
          this.error.set(authErrorMessage(error));
        }
      },
    });
    return true;
  }
}
