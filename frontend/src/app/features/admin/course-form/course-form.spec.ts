import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';

import { anAdminCourse } from '../testing/admin-course-fixtures';
import { buildCourseForm, courseFields, courseFormValue, CURRENCY_OPTIONS, INSTRUMENT_OPTIONS, LEVEL_OPTIONS } from './course-form';

describe('course form', () => {
  const form = () => buildCourseForm(TestBed.inject(NonNullableFormBuilder));

  it('offers every instrument, level and currency', () => {
    expect(INSTRUMENT_OPTIONS.map((o) => o.value)).toContain('saxophone');
    expect(LEVEL_OPTIONS.map((o) => o.label)).toEqual(['Beginner', 'Intermediate', 'Advanced']);
    expect(CURRENCY_OPTIONS.map((o) => o.value)).toEqual(['USD', 'EUR', 'GBP']);
  });

  it('needs a title, instrument, level and price', () => {
    const f = form();
    expect(f.valid).toBe(false);
    f.setValue({ title: 'Blues', description: '', instrument: 'guitar', level: 'beginner', price: '29', currency: 'USD' });
    expect(f.valid).toBe(true);
    f.controls.title.setValue('   ');
    expect(f.controls.title.hasError('required')).toBe(true);
  });

  it('converts to and from the API fields, price in cents', () => {
    const f = form();
    f.setValue(courseFormValue(anAdminCourse({ priceCents: 3900, currency: 'EUR' })));
    expect(f.controls.price.value).toBe('39.00');

    f.controls.price.setValue('24.5');
    f.controls.title.setValue('  Spaced title ');
    expect(courseFields(f)).toEqual({
      title: 'Spaced title',
      description: 'Travis picking, thumb independence and arranging simple melodies.',
      instrument: 'guitar',
      level: 'beginner',
      priceCents: 2450,
      currency: 'EUR',
    });
  });
});
