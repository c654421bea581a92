import { of, throwError } from 'rxjs';
import { toArray } from 'rxjs/operators';

import { LoadState, toLoadState } from './load-state';

describe('toLoadState', () => {
  it('emits loading, then loaded with the value', () => {
    let states: LoadState<number>[] = [];
    of(42).pipe(toLoadState(), toArray()).subscribe((all) => (states = all));
    expect(states).toEqual([{ status: 'loading' }, { status: 'loaded', value: 42 }]);
  });

  it('turns an error into an error state instead of erroring', () => {
    const failure = new Error('nope');
    let states: LoadState<number>[] = [];
    let errored = false;
    throwError(() => failure)
      .pipe(toLoadState<number>(), toArray())
      .subscribe({ next: (all) => (states = all), error: () => (errored = true) });
    expect(errored).toBe(false);
    expect(states).toEqual([{ status: 'loading' }, { status: 'error', error: failure }]);
  });
});
