import { aCourseDetail } from '../../core/courses/testing/course-fixtures';
import type { LessonProgress } from '@lessonstage/shared';
import { continueLessonId, firstUnfinishedLessonId, lessonsInOrder, nextLesson, previousLesson } from './lesson-order';

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

  it('finds the previous lesson, also in the section before', () => {
    expect(previousLesson(course, 'lesson-3')?.lessonId).toBe('lesson-2');
    expect(previousLesson(course, 'lesson-2')?.lessonId).toBe('lesson-1');
    expect(previousLesson(course, 'lesson-1')).toBeNull();
    expect(previousLesson(course, 'nope')).toBeNull();
  });

  describe('continue', () => {
    const at = (lessonId: string, updatedAt: string, completed = false): LessonProgress => ({ lessonId, positionSec: 30, completed, updatedAt });

    it('returns to the lesson worked on last, even before unfinished earlier ones', () => {
      expect(continueLessonId(course, [at('lesson-1', '2026-01-01T10:00:00Z'), at('lesson-3', '2026-01-02T10:00:00Z')])).toBe('lesson-3');
      expect(continueLessonId(course, [at('lesson-3', '2026-01-01T10:00:00Z'), at('lesson-1', '2026-01-02T10:00:00Z')])).toBe('lesson-1');
    });

    it('moves on to the next unfinished lesson when the last one was completed', () => {
      expect(continueLessonId(course, [at('lesson-1', '2026-01-02T10:00:00Z', true)])).toBe('lesson-2');
      expect(continueLessonId(course, [at('lesson-2', '2026-01-01T10:00:00Z', true), at('lesson-1', '2026-01-02T10:00:00Z', true)])).toBe('lesson-3');
      expect(continueLessonId(course, [at('lesson-1', '2026-01-01T10:00:00Z'), at('lesson-3', '2026-01-02T10:00:00Z', true)])).toBe('lesson-1');
    });

    it('starts at the first unfinished lesson without progress, ignoring lessons no longer in the course', () => {
      expect(continueLessonId(course, [])).toBe('lesson-1');
      expect(continueLessonId(course, [at('gone', '2026-01-03T10:00:00Z'), at('lesson-1', '2026-01-01T10:00:00Z', true)])).toBe('lesson-2');
      expect(continueLessonId({ sections: [] }, [])).toBeNull();
    });
  });
});
