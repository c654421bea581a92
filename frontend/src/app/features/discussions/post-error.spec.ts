import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';

import { formatMoment, postErrorMessage } from './post-error';

describe('post errors and moments', () => {
  it('tells a rate-limited poster how long to wait, and shows a 400 as the API named the field', () => {
    const limited = new HttpErrorResponse({ status: 429, headers: new HttpHeaders({ 'Retry-After': '42' }), error: { error: 'Too many attempts; try again later' } });
    expect(postErrorMessage(limited)).toBe("You're posting quickly. Try again in 42 s.");
    expect(postErrorMessage(new HttpErrorResponse({ status: 400, error: { error: 'title: must not be empty' } }))).toBe('title: must not be empty');
  });

  it('writes a moment as minutes and seconds', () => {
    expect(formatMoment(0)).toBe('0:00');
    expect(formatMoment(63_999)).toBe('1:03');
    expect(formatMoment(-5)).toBe('0:00');
  });
});
