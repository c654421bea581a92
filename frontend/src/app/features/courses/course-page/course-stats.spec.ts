import { aCourseDetail, aLesson, aSection } from '../../../core/courses/testing/course-fixtures';
import { courseStats, lessonCountLabel, sectionStats } from './course-stats';

describe('course stats', () => {
  it('counts lessons and sums durations of a section', () => {
    const section = aSection({
      lessons: [aLesson({ durationSec: 100 }), aLesson({ lessonId: 'l2', durationSec: 50 })],
    });
    expect(sectionStats(section)).toEqual({ lessonCount: 2, totalDurationSec: 150 });
  });

  it('adds up all sections of a course', () => {
    expect(courseStats(aCourseDetail())).toEqual({
      lessonCount: 3,
      totalDurationSec: 185 + 427 + 3725,
    });
  });

  it('is zero for a course without sections', () => {
    expect(courseStats({ sections: [] })).toEqual({ lessonCount: 0, totalDurationSec: 0 });
  });

  it('labels lesson counts with the right plural', () => {
    expect(lessonCountLabel(0)).toBe('0 lessons');
    expect(lessonCountLabel(1)).toBe('1 lesson');
    expect(lessonCountLabel(7)).toBe('7 lessons');
  });
});
