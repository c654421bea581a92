import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';

import { FormRequest } from './form-request';

@Component({ template: '' })
class Host {
  readonly request = new FormRequest();
}

describe('FormRequest', () => {
  function setup() {
    const fixture = TestBed.createComponent(Host);
    return { fixture, request: fixture.componentInstance.request };
  }

  it('is pending until the request completes and passes the value on', () => {
    const { request } = setup();
    const response = new Subject<string>();
    const values: string[] = [];

    expect(request.run(response, (value) => values.push(value))).toBe(true);
    expect(request.pending()).toBe(true);

    response.next('ok');
    response.complete();
    expect(values).toEqual(['ok']);
    expect(request.pending()).toBe(false);
    expect(request.error()).toBeNull();
  });

  it('ignores a second run while one is pending', () => {
    const { request } = setup();
    request.run(new Subject<void>(), () => undefined);
    expect(request.run(new Subject<void>(), () => undefined)).toBe(false);
  });

  it("shows the failure's message and clears it on the next run", () => {
    const { request } = setup();
    const first = new Subject<void>();
    request.run(first, () => undefined);
    first.error(new HttpErrorResponse({ status: 401, error: { error: 'Wrong e-mail or password' } }));

    expect(request.pending()).toBe(false);
    expect(request.error()).toBe('Wrong e-mail or password');

    request.run(new Subject<void>(), () => undefined);
    expect(request.error()).toBeNull();
  });

  it('leaves errors the caller handles unshown', () => {
    const { request } = setup();
    const response = new Subject<void>();
    const handled: unknown[] = [];
    request.run(response, () => undefined, (error) => handled.push(error) > 0);
    response.error(new HttpErrorResponse({ status: 403, error: { error: 'Confirm first', code: 'UserNotConfirmed' } }));

    expect(handled).toHaveLength(1);
    expect(request.error()).toBeNull();
  });

  it('cancels the request when the component goes away', () => {
    const { fixture, request } = setup();
    const response = new Subject<void>();
    request.run(response, () => undefined);
    expect(response.observed).toBe(true);

    fixture.destroy();
    expect(response.observed).toBe(false);
  });
});
