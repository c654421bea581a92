import { randomBytes } from 'node:crypto';

/** A short random id (URL-safe, a valid resource id) for sections, lessons, materials, uploads and loops. */
export function newId(prefix = ''): string {
  return `${prefix}${randomBytes(6).toString('base64url')}`;
}
