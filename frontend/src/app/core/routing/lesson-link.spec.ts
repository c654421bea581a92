import { lessonLink, lessonUrl } from './lesson-link';

describe('lesson links', () => {
  it('builds player links', () => {
    expect(lessonLink('c 1', 'l1')).toEqual(['/courses', 'c 1', 'lessons', 'l1']);
    expect(lessonUrl('c 1', 'l1')).toBe('/courses/c%201/lessons/l1');
  });
});
