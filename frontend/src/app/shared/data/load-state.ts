import { Observable, of, OperatorFunction } from 'rxjs';
import { catchError, map, startWith } from 'rxjs/operators';

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
