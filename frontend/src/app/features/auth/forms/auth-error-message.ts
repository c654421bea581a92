import { apiErrorMessage, httpStatusOf, retryAfterSeconds } from '../../../core/http/api-error-message';

/** The names the forms use for the fields a 400's message starts with ("password: …"). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  email: 'Email',
  password: 'Password',
  name: 'Name',
  code: 'Code',
};

/** "in 45 seconds", "in 2 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * A failed auth request as a sentence for the form's alert: the API's message, with the field
 * named the way the form labels it, and how long to wait when rate limited.
 */
export function authErrorMessage(error: unknown): string {
  const status = httpStatusOf(error);
  if (status === 429) {
    const seconds = retryAfterSeconds(error);
    return seconds
      ? `Too many attempts. Please wait ${formatWait(seconds)} and try again.`
      : 'Too many attempts. Please wait a little and try again.';
  }
  const message = apiErrorMessage(error);
  const field = status === 400 ? /^([a-zA-Z]+): (.+)$/.exec(message) : null;
  if (field) {
    const label = FIELD_LABELS[field[1]] ?? field[1].charAt(0).toUpperCase() + field[1].slice(1);
    return `${label}: ${field[2]}`;
  }
  return message;
}
