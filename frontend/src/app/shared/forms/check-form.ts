import { AbstractControl } from '@angular/forms';

/**
 * Before submitting: true when `form` is valid. Otherwise shows every field's message and moves
 * focus to the first invalid field inside `host` (Material selects included), so keyboard and
 * screen-reader users land on it.
 */
export function checkForm(form: AbstractControl, host: HTMLElement): boolean {
  if (form.valid) {
    return true;
  }
  form.markAllAsTouched();
  host.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, select.ng-invalid, mat-select.ng-invalid')?.focus();
  return false;
}
