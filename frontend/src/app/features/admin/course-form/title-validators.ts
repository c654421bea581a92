import { AbstractControl, ValidationErrors } from '@angular/forms';

/** Titles of courses, sections and lessons: required, at most 200 characters (as the API checks). */
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 2000;
/** The API refuses to publish a course with a shorter description (the rule lives in shared). */
export { DESCRIPTION_MIN_TO_PUBLISH } from '@lessonstage/shared/authoring-rules';

/** `required` for text, where only spaces count as empty too. */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === ''
    ? { required: true }
    : null;
}
