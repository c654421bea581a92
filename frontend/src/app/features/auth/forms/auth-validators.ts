import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { passwordPolicyViolation } from '@lessonstage/shared/password-policy';

/** The API's limits (shared/src/auth/auth.schema.ts). */
export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 100;
export const PASSWORD_MAX_LENGTH = 256;

/** `{ passwordPolicy: 'must contain a symbol' }` for the first rule the password breaks. */
export function passwordPolicy(control: AbstractControl<string>): ValidationErrors | null {
  const violation = control.value ? passwordPolicyViolation(control.value) : null;
  return violation ? { passwordPolicy: violation } : null;
}

/** A 6-digit code; spaces around it are forgiven (they are trimmed before sending). */
export const sixDigitCode: ValidatorFn = Validators.pattern(/^\s*\d{6}\s*$/);

export const emailValidators: ValidatorFn[] = [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)];
export const codeValidators: ValidatorFn[] = [Validators.required, sixDigitCode];
export const newPasswordValidators: ValidatorFn[] = [
  Validators.required,
  Validators.maxLength(PASSWORD_MAX_LENGTH),
  passwordPolicy,
];
/** Whitespace-only names are refused like the API does (it trims). */
export const nameValidators: ValidatorFn[] = [
  Validators.required,
  Validators.maxLength(NAME_MAX_LENGTH),
  Validators.pattern(/\S/),
];
