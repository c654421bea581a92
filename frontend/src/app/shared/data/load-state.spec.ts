import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { of, throwError } from 'rxjs';
import { toArray } from 'rxjs/operators';

import { LOADING, LoadState, loadStateView, toLoadState } from './load-state';

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

describe('loadStateView', () => {
  it('gives the value once loaded, and for a failure whether it was a 404 and what to say', () => {
    const state = signal<LoadState<string>>(LOADING);
    const view = loadStateView(state);
    expect([view.value(), view.notFound()]).toEqual([null, false]);

    state.set({ status: 'loaded', value: 'course' });
    expect([view.value(), view.notFound()]).toEqual(['course', false]);

    state.set({ status: 'error', error: new HttpErrorResponse({ status: 404, error: { error: 'Course not found' } }) });
    expect([view.value(), view.notFound(), view.errorMessage()]).toEqual([null, true, 'Course not found']);

    state.set({ status: 'error', error: new HttpErrorResponse({ status: 500 }) });
    expect(view.notFound()).toBe(false);
  });
});
