import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { applyMove, applyOutline, outlineOf, stepLesson, stepSection } from './outline-moves';

describe('outline moves', () => {
  const course = anOutlinedCourse();
  const outline = outlineOf(course);

  it('reads the outline of a course', () => {
    expect(outline).toEqual([
      { sectionId: 's-1', lessonIds: ['l-1', 'l-2'] },
      { sectionId: 's-2', lessonIds: ['l-3'] },
    ]);
  });

  it('moves a lesson within its section (index counted after taking it out)', () => {
    expect(applyMove(outline, { kind: 'lesson', lessonId: 'l-1', sectionId: 's-1', index: 1 })).toEqual([
      { sectionId: 's-1', lessonIds: ['l-2', 'l-1'] },
      { sectionId: 's-2', lessonIds: ['l-3'] },
    ]);
  });

  it('moves a lesson into another section', () => {
    expect(applyMove(outline, { kind: 'lesson', lessonId: 'l-3', sectionId: 's-1', index: 1 })).toEqual([
      { sectionId: 's-1', lessonIds: ['l-1', 'l-3', 'l-2'] },
      { sectionId: 's-2', lessonIds: [] },
    ]);
  });

  it('moves a section', () => {
    expect(applyMove(outline, { kind: 'section', sectionId: 's-2', index: 0 }).map((e) => e.sectionId)).toEqual(['s-2', 's-1']);
  });

  it('ignores moves of unknown lessons or sections, and clamps the index', () => {
    expect(applyMove(outline, { kind: 'lesson', lessonId: 'nope', sectionId: 's-1', index: 0 })).toEqual(outline);
    expect(applyMove(outline, { kind: 'lesson', lessonId: 'l-1', sectionId: 'nope', index: 0 })).toEqual(outline);
    expect(applyMove(outline, { kind: 'lesson', lessonId: 'l-1', sectionId: 's-2', index: 99 })[1].lessonIds).toEqual(['l-3', 'l-1']);
  });

  it('applies an outline to the course, keeping what it does not mention', () => {
    const moved = applyOutline(course, [{ sectionId: 's-2', lessonIds: ['l-3', 'l-1'] }]);
    expect(moved.sections.map((s) => [s.sectionId, s.lessons.map((l) => l.lessonId)])).toEqual([
      ['s-2', ['l-3', 'l-1']],
      ['s-1', ['l-2']],
    ]);
    expect(moved.sections[0].lessons[1]).toBe(course.sections[0].lessons[0]);
  });

  describe('step buttons', () => {
    it('step a lesson within its section', () => {
      expect(stepLesson(outline, 'l-2', -1)).toEqual({ kind: 'lesson', lessonId: 'l-2', sectionId: 's-1', index: 0 });
      expect(stepLesson(outline, 'l-1', 1)).toEqual({ kind: 'lesson', lessonId: 'l-1', sectionId: 's-1', index: 1 });
    });

    it('step a lesson across a section edge', () => {
      expect(stepLesson(outline, 'l-2', 1)).toEqual({ kind: 'lesson', lessonId: 'l-2', sectionId: 's-2', index: 0 });
      expect(stepLesson(outline, 'l-3', -1)).toEqual({ kind: 'lesson', lessonId: 'l-3', sectionId: 's-1', index: 2 });
    });

    it('stop at the ends of the course', () => {
      expect(stepLesson(outline, 'l-1', -1)).toBeNull();
      expect(stepLesson(outline, 'l-3', 1)).toBeNull();
      expect(stepLesson(outline, 'nope', 1)).toBeNull();
    });

    it('step sections', () => {
      expect(stepSection(outline, 's-1', 1)).toEqual({ kind: 'section', sectionId: 's-1', index: 1 });
      expect(stepSection(outline, 's-1', -1)).toBeNull();
      expect(stepSection(outline, 's-2', 1)).toBeNull();
      expect(stepSection(outline, 'nope', 1)).toBeNull();
    });
  });
});
