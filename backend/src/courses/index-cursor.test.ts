import { describe, expect, it } from 'vitest';
import { BadRequestError } from '../lib/http/http-errors';
import { catalogCursorSchema, decodeCursor, encodeCursor, listCursorSchema } from './index-cursor';

describe('index cursors', () => {
  it('keeps the admin list cursor apart', () => {
    const list = { courseId: 'c1', listPartition: 'COURSE' as const, listSortKey: 'x#c1' };
    expect(decodeCursor(encodeCursor(list), listCursorSchema)).toEqual(list);
  });

  const cursor = { courseId: 'c1', catalogPartition: 'PUBLISHED' as const, catalogSortKey: '2026-01-01T00:00:00.000Z#c1' };

  it('round-trips', () => {
    expect(decodeCursor(encodeCursor(cursor), catalogCursorSchema)).toEqual(cursor);
  });

  it.each([
    ['not base64 json', '%%%'],
    ['json of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['another partition', Buffer.from(JSON.stringify({ ...cursor, catalogPartition: 'DRAFT' })).toString('base64url')],
    ['extra keys', Buffer.from(JSON.stringify({ ...cursor, extra: 1 })).toString('base64url')],
    ['a number', Buffer.from('42').toString('base64url')],
    ['an admin-list cursor', encodeCursor({ courseId: 'c1', listPartition: 'COURSE', listSortKey: 'x#c1' })],
  ])('refuses %s with a 400', (_name, raw) => {
    expect(() => decodeCursor(raw, catalogCursorSchema)).toThrow(BadRequestError);
  });
});
