import { apiErrorCode, apiErrorMessage, httpStatusOf, retryAfterSeconds } from '../../../core/http/api-error-message';

/** The fields a 400's message starts with ("password: …"), named as a sentence's subject. */
const FIELD_NOUNS: Readonly<Record<string, string>> = {
  email: 'e-mail address',
  password: 'password',
  name: 'name',
  code: 'code',
};

/** Errors whose field message reads badly as a sentence, by the API's error code. */
const SENTENCES_BY_CODE: Readonly<Record<string, string>> = {
  CodeMismatch: 'That code is wrong or has expired. Check the latest e-mail, or send a new code.',
};

/** "code: must be the 6-digit code" → "The code must be the 6-digit code." */
function fieldSentence(field: string, reason: string): string {
  const noun = FIELD_NOUNS[field] ?? field;
  const sentence = /^(is|are|must|does|do|has|can|should|was)\b/.test(reason) ? `The ${noun} ${reason}` : `Check the ${noun}: ${reason}`;
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}

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
  const byCode = SENTENCES_BY_CODE[apiErrorCode(error) ?? ''];
  if (byCode) {
    return byCode;
  }
  const message = apiErrorMessage(error);
  const field = status === 400 ? /^([a-zA-Z]+): (.+)$/.exec(message) : null;
  return field ? fieldSentence(field[1], field[2]) : message;
}
