import { NonNullableFormBuilder, Validators } from '@angular/forms';
import type { AdminCourse, CourseDraftRequest, Currency, Instrument, Level } from '@lessonstage/shared';

import { INSTRUMENT_LABELS, LEVEL_LABELS } from '../../../shared/format/course-labels';
import { centsToPrice, priceToCents, priceValidator } from './price-field';
import { DESCRIPTION_MAX_LENGTH, notBlank, TITLE_MAX_LENGTH } from './title-validators';

/** The currencies the catalog sells in (a Record, so a new one in the API's list must be named here). */
export const CURRENCY_LABELS: Readonly<Record<Currency, string>> = {
  USD: 'US dollar (USD)',
  EUR: 'Euro (EUR)',
  GBP: 'British pound (GBP)',
};

export const INSTRUMENT_OPTIONS = Object.entries(INSTRUMENT_LABELS).map(([value, label]) => ({
  value: value as Instrument,
  label,
}));
export const LEVEL_OPTIONS = Object.entries(LEVEL_LABELS).map(([value, label]) => ({ value: value as Level, label }));
export const CURRENCY_OPTIONS = Object.entries(CURRENCY_LABELS).map(([value, label]) => ({
  value: value as Currency,
  label,
}));

/** A course's details as a form: the new-course dialog and the editor's details both use it. */
export function buildCourseForm(fb: NonNullableFormBuilder) {
  return fb.group({
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX_LENGTH), notBlank]],
    description: ['', Validators.maxLength(DESCRIPTION_MAX_LENGTH)],
    instrument: fb.control<Instrument | null>(null, Validators.required),
    level: fb.control<Level | null>(null, Validators.required),
    /** In the currency's major units ("29.99"); sent as integer cents. */
    price: ['', [Validators.required, priceValidator]],
    currency: fb.control<Currency>('USD', Validators.required),
  });
}

export type CourseForm = ReturnType<typeof buildCourseForm>;

/** The form's value for an existing course. */
export function courseFormValue(course: AdminCourse): ReturnType<CourseForm['getRawValue']> {
  return {
    title: course.title,
    description: course.description,
    instrument: course.instrument,
    level: course.level,
    price: centsToPrice(course.priceCents),
    currency: course.currency,
  };
}

/** The API's fields from a valid form. */
export function courseFields(form: CourseForm): CourseDraftRequest {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    description: value.description.trim(),
    instrument: value.instrument!,
    level: value.level!,
    priceCents: priceToCents(value.price) ?? 0,
    currency: value.currency,
  };
}
