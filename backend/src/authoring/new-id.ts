import { randomBytes } from 'node:crypto';

/** A readable course id: the title's slug plus a random suffix, so two equal titles never clash. */
export function newCourseId(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'course'}-${randomBytes(4).toString('hex')}`;
}
