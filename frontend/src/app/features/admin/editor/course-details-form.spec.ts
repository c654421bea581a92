import { inputLabelled, typeInto } from '../../../shared/testing/dom-queries';
import { anOutlinedCourse } from '../testing/admin-course-fixtures';
import { COURSE_URL, EditorHarness, renderEditorPart } from '../testing/editor-harness';
import { CourseDetailsForm } from './course-details-form';

describe('CourseDetailsForm', () => {
  let h: EditorHarness<CourseDetailsForm>;

  beforeEach(async () => {
    h = await renderEditorPart(CourseDetailsForm, anOutlinedCourse({ priceCents: 3950, currency: 'GBP', level: 'advanced' }));
  });

  afterEach(() => h.done());

  const save = () => h.el.querySelector<HTMLButtonElement>('[data-testid="save-details"] button')!;

  it("shows the course's details", () => {
    expect(inputLabelled(h.el, 'Title').value).toBe('Fingerstyle Foundations');
    expect(inputLabelled(h.el, 'Price').value).toBe('39.50');
    expect(h.el.querySelector<HTMLSelectElement>('#details-level')!.selectedOptions[0].textContent?.trim()).toBe('Advanced');
    expect(h.el.querySelector<HTMLSelectElement>('#details-currency')!.selectedOptions[0].textContent?.trim()).toBe('British pound (GBP)');
    expect(h.el.textContent).toContain('£');
    expect(h.el.textContent).toContain('At least 20 characters before publishing.');
  });

  it('saves the details with the version it saw', async () => {
    typeInto(inputLabelled(h.el, 'Title'), 'Fingerstyle Foundations II');
    typeInto(inputLabelled(h.el, 'Price'), '45');
    save().click();
    await h.stable();

    const req = h.http.expectOne({ method: 'PATCH', url: COURSE_URL });
    expect(req.request.body).toEqual({
      title: 'Fingerstyle Foundations II',
      description: 'Travis picking, thumb independence and arranging simple melodies.',
      instrument: 'guitar',
      level: 'advanced',
      priceCents: 4500,
      currency: 'GBP',
      version: 5,
    });
    req.flush(anOutlinedCourse({ title: 'Fingerstyle Foundations II', priceCents: 4500, currency: 'GBP', level: 'advanced', version: 6 }));
    await h.stable();

    expect(h.el.querySelector('[role="status"]')?.textContent).toContain('Details saved.');
    expect(inputLabelled(h.el, 'Price').value).toBe('45.00');
  });

  it('shows field messages and sends nothing while the form is invalid', async () => {
    typeInto(inputLabelled(h.el, 'Title'), '');
    typeInto(inputLabelled(h.el, 'Price'), '12.345');
    await h.stable();
    save().click();
    await h.stable();

    const errors = Array.from(h.el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Enter a title.', 'Enter a price like 29.99.']);
    expect(document.activeElement).toBe(inputLabelled(h.el, 'Title'));
    h.http.expectNone({ method: 'PATCH', url: COURSE_URL });
  });
});
