import type { LessonProgress, MyCourse } from '@lessonstage/shared';
import { toCourseSummary } from '../courses/course.mapper';
import { courseCopyOf, lessonIdsOf } from '../enrollments/course-copy';
import type { EnrollmentRecord } from '../enrollments/enrollment.record';
import type { EnrollmentPosition } from '../enrollments/enrollments.repository';
import { logger } from '../lib/observability/logger';
import type { LearningDeps } from './learning.deps';

type MyCoursesDeps = Pick<LearningDeps, 'courses' | 'enrollments' | 'progress' | 'mediaBaseUrl'>;
type CountedEnrollment = EnrollmentRecord & Required<Pick<EnrollmentRecord, 'courseCopy' | 'completedLessons'>>;

/** Up to this many uncounted courses read their progress one Query each; more read all of it at once. */
const PER_COURSE_PROGRESS_READS = 5;

function isCounted(enrollment: EnrollmentRecord): enrollment is CountedEnrollment {
  return enrollment.courseCopy !== undefined && typeof enrollment.completedLessons === 'number';
}

export interface MyCoursesPage {
  readonly items: MyCourse[];
  readonly next: EnrollmentPosition | null;
}

/**
 * One page of the student's active enrollments with progress, newest first: one Query on the
 * `byUserGrantedAt` index (more only when revoked or removed enrollments thin a read out), each
 * enrollment carrying its course's copy and a completed-lessons counter. An enrollment of the page
 * without them (granted since, from before the copies, or recounted after a lesson was removed)
 * is read the old way, from the course and the progress items, and the result stored on it.
 */
export async function listMyCourses(deps: MyCoursesDeps, userId: string, limit: number, after?: EnrollmentPosition): Promise<MyCoursesPage> {
  const page = await deps.enrollments.pageForUser(userId, limit, after);
  const uncounted = page.items.filter((enrollment) => !isCounted(enrollment));
  const recounted = uncounted.length ? new Map((await countNow(deps, userId, uncounted)).map((item) => [item.course.courseId, item])) : new Map<string, MyCourse>();
  // In the page's order; an enrollment whose course turned out to be gone is left out.
  const items = page.items.flatMap((enrollment) => {
    if (isCounted(enrollment)) return [fromCopy(enrollment, deps.mediaBaseUrl)];
    const item = recounted.get(enrollment.courseId);
    return item ? [item] : [];
  });
  return { items, next: page.next };
}

function fromCopy({ courseCopy, completedLessons, grantedAt }: CountedEnrollment, mediaBaseUrl: string): MyCourse {
  const { totalLessons } = courseCopy;
  // A counter can be briefly off after a race (docs/decisions.md); never show more done than there is.
  return { course: toCourseSummary(courseCopy, mediaBaseUrl), enrolledAt: grantedAt, completedLessons: Math.max(0, Math.min(completedLessons, totalLessons)), totalLessons };
}

async function countNow(deps: MyCoursesDeps, userId: string, enrollments: readonly EnrollmentRecord[]): Promise<MyCourse[]> {
  const courseIds = enrollments.map((e) => e.courseId);
  const [records, progressByCourse] = await Promise.all([deps.courses.getMany(courseIds), progressOf(deps, userId, courseIds)]);
  const byId = new Map(records.map((course) => [course.courseId, course]));
  const items: MyCourse[] = [];
  const writes: Promise<void>[] = [];
  for (const enrollment of enrollments) {
    const course = byId.get(enrollment.courseId);
    if (!course) {
      writes.push(deps.enrollments.markCourseRemoved(userId, enrollment.courseId));
      continue;
    }
    const copy = courseCopyOf(course);
    const lessonIds = lessonIdsOf(course);
    const done = (progressByCourse.get(course.courseId) ?? []).filter((p) => p.completed && lessonIds.has(p.lessonId)).length;
    items.push({ course: toCourseSummary(copy, deps.mediaBaseUrl), enrolledAt: enrollment.grantedAt, completedLessons: done, totalLessons: copy.totalLessons });
    writes.push(deps.enrollments.saveCourseCopy(userId, copy, course.version ?? 0, done));
  }
  // The answer is right without the stored copies; a failed store only means the next read counts again.
  await Promise.all(writes.map((write) => write.catch((error: unknown) => logger.warn('my courses: copy not stored', { error: String(error) }))));
  return items;
}

async function progressOf(deps: MyCoursesDeps, userId: string, courseIds: readonly string[]): Promise<Map<string, LessonProgress[]>> {
  if (courseIds.length > PER_COURSE_PROGRESS_READS) return deps.progress.forUser(userId);
  const lists = await Promise.all(courseIds.map((courseId) => deps.progress.forCourse(userId, courseId)));
  return new Map(courseIds.map((courseId, i) => [courseId, lists[i]!]));
}
