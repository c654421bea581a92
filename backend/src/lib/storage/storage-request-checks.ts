/** The longest a presigned S3 URL may live (SigV4's limit: seven days). */
export const MAX_PRESIGN_EXPIRES_SECONDS = 7 * 24 * 60 * 60;

export function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/** A key the API made: not empty, not absolute, no `.` or `..` segments. */
export function requireKey(key: string): void {
  if (key === '' || key.startsWith('/') || key.split('/').some((part) => part === '.' || part === '..')) {
    throw new RangeError(`Invalid object key "${key}"`);
  }
}
