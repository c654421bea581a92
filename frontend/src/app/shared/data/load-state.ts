import { computed, type Signal } from '@angular/core';
import { Observable, of, OperatorFunction } from 'rxjs';
import { catchError, map, startWith } from 'rxjs/operators';

import { apiErrorMessage, httpStatusOf } from '../../core/http/api-error-message';

/** The three states of data that is fetched once. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'error'; readonly error: unknown };

export const LOADING: LoadState<never> = { status: 'loading' };

/** Maps a single-value request to loading → loaded | error, never erroring itself. */
export function toLoadState<T>(): OperatorFunction<T, LoadState<T>> {
  return (source: Observable<T>) =>
    source.pipe(
      map((value): LoadState<T> => ({ status: 'loaded', value })),
      catchError((error: unknown) => of<LoadState<T>>({ status: 'error', error })),
      startWith<LoadState<T>>(LOADING),
    );
}

/** What a page shows of a LoadState: the value once loaded, and for a failure whether it was a 404 and what to say. */
export interface LoadStateView<T> {
  readonly value: Signal<T | null>;
  readonly notFound: Signal<boolean>;
  readonly errorMessage: Signal<string>;
}

export function loadStateView<T>(state: Signal<LoadState<T>>): LoadStateView<T> {
  const failure = computed(() => {
    const current = state();
    return current.status === 'error' ? current.error : null;
  });
  return {
    value: computed(() => {
      const current = state();
      return current.status === 'loaded' ? current.value : null;
    }),
    notFound: computed(() => httpStatusOf(failure()) === 404),
    errorMessage: computed(() => apiErrorMessage(failure())),
  };
}
