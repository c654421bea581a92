import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject } from 'rxjs';

import { OFFLINE_MESSAGE } from '../../core/http/api-error-message';
import { Page, PagedList } from './paged-list';

interface Row {
  readonly id: string;
}

describe('PagedList', () => {
  let requests: { cursor?: string; response: Subject<Page<Row>> }[];
  let list: PagedList<Row>;

  const offline = () => new HttpErrorResponse({ status: 0 });
  const page = (ids: string[], nextCursor: string | null = null): Page<Row> => ({
    items: ids.map((id) => ({ id })),
    nextCursor,
  });
  const ids = () => list.items().map((row) => row.id);

  function loadPage(cursor?: string): Observable<Page<Row>> {
    const response = new Subject<Page<Row>>();
    requests.push({ cursor, response });
    return response;
  }

  function answer(index: number, value: Page<Row>): void {
    requests[index].response.next(value);
    requests[index].response.complete();
  }

  beforeEach(() => {
    requests = [];
    list = TestBed.runInInjectionContext(() => new PagedList<Row>(loadPage, (row) => row.id));
  });

  it('loads the first page without a cursor', () => {
    list.loadFirstPage();
    expect(list.status()).toBe('loading');
    expect(requests.map((request) => request.cursor)).toEqual([undefined]);

    answer(0, page(['a', 'b'], 'next'));
    expect(list.status()).toBe('ready');
    expect(ids()).toEqual(['a', 'b']);
    expect(list.nextCursor()).toBe('next');
  });

  it('shows a first-page error and retries', () => {
    list.loadFirstPage();
    requests[0].response.error(offline());
    expect(list.status()).toBe('error');
    expect(list.errorMessage()).toBe(OFFLINE_MESSAGE);

    list.loadFirstPage();
    expect(list.status()).toBe('loading');
    answer(1, page(['a']));
    expect(list.status()).toBe('ready');
    expect(ids()).toEqual(['a']);
  });

  it('appends the next page, skipping items already listed, once at a time', () => {
    list.loadFirstPage();
    answer(0, page(['a', 'b'], 'c1'));

    list.loadMore();
    list.loadMore();
    expect(list.loadingMore()).toBe(true);
    expect(requests.map((request) => request.cursor)).toEqual([undefined, 'c1']);

    answer(1, page(['b', 'c'], null));
    expect(ids()).toEqual(['a', 'b', 'c']);
    expect(list.nextCursor()).toBeNull();
    expect(list.loadingMore()).toBe(false);

    list.loadMore();
    expect(requests.length).toBe(2);
  });

  it('keeps the listed items when loading more fails, and retries', () => {
    list.loadFirstPage();
    answer(0, page(['a'], 'c1'));

    list.loadMore();
    requests[1].response.error(offline());
    expect(list.loadMoreError()).toBe(OFFLINE_MESSAGE);
    expect(list.loadingMore()).toBe(false);
    expect(list.status()).toBe('ready');
    expect(ids()).toEqual(['a']);

    list.loadMore();
    expect(list.loadMoreError()).toBeNull();
    answer(2, page(['b']));
    expect(ids()).toEqual(['a', 'b']);
  });
});
