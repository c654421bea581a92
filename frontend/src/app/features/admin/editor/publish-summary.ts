import type { AdminCourse } from '@lessonstage/shared';
import { publishProblems } from '@lessonstage/shared/authoring-rules';

import { instrumentLabel, levelLabel } from '../../../shared/format/course-labels';
import { formatDuration } from '../../../shared/format/format-duration';
import { formatPrice } from '../../../shared/format/format-price';

/** What the editor shows before publishing: what blocks it, what students will see, and what is worth a second look. */
export interface PublishReview {
  readonly title: string;
  /** Blocking: the API would refuse (same rules, from shared). */
  readonly problems: readonly string[];
  /** What goes live, one line each. */
  readonly summary: readonly string[];
  /** Allowed, but maybe not meant. */
  readonly warnings: readonly string[];
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The editor's copy of a course as the publish rules read it. */
export function problemsOf(course: AdminCourse): string[] {
  return publishProblems({
    ...course,
    sections: course.sections.map((s) => ({ title: s.title, lessons: s.lessons.map((l) => ({ title: l.title, hasVideo: l.video !== null })) })),
  });
}

/** Reviews `course` before it goes live in the catalog. */
export function publishReview(course: AdminCourse): PublishReview {
  const lessons = course.sections.flatMap((s) => s.lessons);
  const previews = lessons.filter((l) => l.preview).length;
  const materials = lessons.reduce((sum, l) => sum + l.materials.length, 0);
  const seconds = lessons.reduce((sum, l) => sum + l.durationSec, 0);
  const price = course.priceCents === 0 ? 'Free' : formatPrice(course.priceCents, course.currency);
  const summary = [
    `Listed in the catalog as “${course.title}”: ${instrumentLabel(course.instrument)}, ${levelLabel(course.level)}, ${price}.`,
    `Taught by ${course.teacherName}.`,
    `${plural(course.sections.length, 'section')}, ${plural(lessons.length, 'lesson')} (${formatDuration(seconds)} of video).`,
    `${plural(previews, 'free preview lesson')}, open to every visitor.`,
    materials ? `${plural(materials, 'downloadable material')} for students who bought the course.` : 'No downloadable materials.',
  ];
  const warnings = [];
  if (previews === 0 && course.priceCents > 0) {
    warnings.push('No lesson is a free preview: visitors cannot try the course before buying it.');
  }
  if (previews === lessons.length && lessons.length > 0 && course.priceCents > 0) {
    warnings.push('Every lesson is a free preview: there is nothing left to buy.');
  }
  return { title: course.title, problems: problemsOf(course), summary, warnings };
}
