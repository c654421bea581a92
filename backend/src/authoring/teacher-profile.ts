import type { Context } from 'hono';
import type { TeacherProfile } from '@lessonstage/shared';
import type { CourseRecord } from '../courses/course.record';
import type { ListCursor } from '../courses/index-cursor';
import type { TeacherProfileRecord, UserRecord } from '../users/user.record';
import type { AuthoringEnv } from './authoring.deps';
import { editLatest } from './course-editing';

/** A teacher's profile; until they write one, their account name and no bio. */
export function profileOf(user: UserRecord | undefined): TeacherProfileRecord {
  return user?.teacherProfile ?? { displayName: user?.name ?? 'Lessonstage', bio: '' };
}

export function toTeacherProfile(profile: TeacherProfileRecord, mediaBaseUrl: string): TeacherProfile {
  return { displayName: profile.displayName, bio: profile.bio, photoUrl: profile.photoKey ? `${mediaBaseUrl}/${profile.photoKey}` : '' };
}

/** The course with the teacher's public name, bio and photo copied onto it (absent ones removed). */
export function withTeacher(course: CourseRecord, profile: TeacherProfileRecord): CourseRecord {
  const { teacherBio: _bio, teacherPhotoKey: _photo, ...rest } = course;
  return {
    ...rest,
    teacherName: profile.displayName,
    ...(profile.bio ? { teacherBio: profile.bio } : {}),
    ...(profile.photoKey ? { teacherPhotoKey: profile.photoKey } : {}),
  };
}

function showsProfile(course: CourseRecord, profile: TeacherProfileRecord): boolean {
  return course.teacherName === profile.displayName && (course.teacherBio ?? '') === profile.bio && course.teacherPhotoKey === profile.photoKey;
}

/**
 * Copies a saved profile onto every course the teacher created, so course pages read it with the
 * course (one GetItem, cached) rather than a users read per request. Pages through the admin
 * index (a Query, no Scan); a profile is saved rarely, and each course is one conditional write.
 */
export async function copyProfileToCourses(c: Context<AuthoringEnv>, userId: string, profile: TeacherProfileRecord): Promise<void> {
  const { courses } = c.get('deps');
  let cursor: ListCursor | undefined;
  do {
    const page = await courses.listAll(100, cursor);
    for (const course of page.items) {
      if (course.teacherId === userId && !showsProfile(course, profile)) {
        await editLatest(c, course.courseId, (latest) => withTeacher(latest, profile));
      }
    }
    cursor = page.next ?? undefined;
  } while (cursor);
}
