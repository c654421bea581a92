import { describe, expect, it } from 'vitest';
import { COURSE_PAGE_DEFAULT, listCoursesQuerySchema } from './list-courses.schema';

describe('listCoursesQuerySchema', () => {
  it('defaults the page size', () => {
    expect(listCoursesQuerySchema.parse({})).toEqual({ limit: COURSE_PAGE_DEFAULT });
  });

  it('turns a numeric limit into a number', () => {
    expect(listCoursesQuerySchema.parse({ limit: '5', cursor: 'abc' })).toEqual({ limit: 5, cursor: 'abc' });
  });

  it.each(['abc', '0', '-1', '1.5', '100000', ''])('refuses limit=%s and names the field', (limit) => {
    const result = listCoursesQuerySchema.safeParse({ limit });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['limit']);
  });

  it('refuses an empty cursor', () => {
    expect(listCoursesQuerySchema.safeParse({ cursor: '' }).success).toBe(false);
  });
});
