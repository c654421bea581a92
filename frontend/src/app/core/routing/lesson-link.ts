/** Router commands for the player at a lesson. */
export function lessonLink(courseId: string, lessonId: string): string[] {
  return ['/courses', courseId, 'lessons', lessonId];
}

/** The player URL of a lesson, e.g. for a sign-in returnUrl. */
export function lessonUrl(courseId: string, lessonId: string): string {
  return `/courses/${encodeURIComponent(courseId)}/lessons/${encodeURIComponent(lessonId)}`;
}
