import { aCourseDetail } from '../../core/courses/testing/course-fixtures';
import { firstUnfinishedLessonId, lessonsInOrder, nextLesson } from './lesson-order';

describe('lesson order', () => {
  const course = aCourseDetail(); // lesson-1, lesson-2 | lesson-3

  it('lists lessons across sections in order', () => {
    expect(lessonsInOrder(course).map((lesson) => lesson.lessonId)).toEqual(['lesson-1', 'lesson-2', 'lesson-3']);
  });

  it('finds the next lesson, also in the next section', () => {
    expect(nextLesson(course, 'lesson-1')?.lessonId).toBe('lesson-2');
    expect(nextLesson(course, 'lesson-2')?.lessonId).toBe('lesson-3');
    expect(nextLesson(course, 'lesson-3')).toBeNull();
    expect(nextLesson(course, 'nope')).toBeNull();
  });

  it('continues at the first lesson not completed, or from the start when all are', () => {
    expect(firstUnfinishedLessonId(course)).toBe('lesson-1');
    expect(firstUnfinishedLessonId(course, new Set(['lesson-1']))).toBe('lesson-2');
    expect(firstUnfinishedLessonId(course, new Set(['lesson-1', 'lesson-3']))).toBe('lesson-2');
    expect(firstUnfinishedLessonId(course, new Set(['lesson-1', 'lesson-2', 'lesson-3']))).toBe('lesson-1');
    expect(firstUnfinishedLessonId({ sections: [] })).toBeNull();
  });
});
