import type { ApiDeps } from '../../app/api-deps';
import { newReply, newThread } from '../../discussions/discussion-posting';
import type { AuthorFields } from '../../discussions/discussion.record';
import { DEMO_COMPLETED_COURSE } from './seed-demo-student';

/**
 * A few threads in the demo student's course, one tied to a moment of a lesson and one with the
 * teacher's answer, so the discussion shows on first start. Seeded only into an empty discussion.
 */
export async function seedDemoDiscussion(deps: Pick<ApiDeps, 'courses' | 'users' | 'discussions'>, adminId: string, studentEmail: string): Promise<void> {
  const course = await deps.courses.get(DEMO_COMPLETED_COURSE);
  const student = await deps.users.findByEmail(studentEmail.toLowerCase());
  if (!course || !student) return;
  if ((await deps.discussions.listThreads(course.courseId, 1)).items.length) return;
  const lesson = course.sections[0]?.lessons[1];
  const asStudent: AuthorFields = { authorId: student.userId, authorName: student.name, authorTeacher: false };
  const teacher: AuthorFields = { authorId: adminId, authorName: course.teacherName, authorTeacher: true };
  const start = Date.now() - 3 * 86_400_000;
  const at = (hours: number) => new Date(start + hours * 3_600_000);

  const welcome = newThread(course.courseId, teacher, { title: 'Welcome: introduce yourself', text: 'Tell us what you sing and what you would like to sing **a year from now**.' }, at(0));
  await deps.discussions.createThread(welcome);
  await deps.discussions.setPinned(welcome.threadId, true);

  const moment = newThread(
    course.courseId,
    asStudent,
    {
      title: 'Running out of breath at the end of the note',
      text: 'Around here I run out of air after about eight seconds. Should my shoulders move at all?',
      ...(lesson ? { lessonId: lesson.lessonId, atMs: Math.min(3000, lesson.durationSec * 1000) } : {}),
    },
    at(5),
  );
  await deps.discussions.createThread(moment);
  await deps.discussions.addReply(newReply(moment, teacher, 'Keep the shoulders still and let the belly go out first. Try it at half the length:\n\n1. breathe in for 4\n2. sing for 8\n3. rest for 4', at(7)));

  const songs = newThread(course.courseId, asStudent, { title: 'Songs for practising phrasing?', text: 'Any suggestions beyond the ones in the lesson?' }, at(20));
  await deps.discussions.createThread(songs);
}
