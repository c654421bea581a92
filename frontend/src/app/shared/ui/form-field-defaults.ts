import { Provider } from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';

/**
 * Outlined fields without "*" markers: every field is required unless its label says
 * "(optional)". Provided by each page with a form rather than app-wide, because importing
 * the token from app.config would pull all of mat-form-field into the initial bundle.
 */
export const FORM_FIELD_DEFAULTS: Provider = {
  provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
  useValue: { appearance: 'outline', hideRequiredMarker: true } satisfies MatFormFieldDefaultOptions,
};
