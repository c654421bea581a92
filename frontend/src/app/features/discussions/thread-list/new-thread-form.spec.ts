import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { aThread } from '../testing/discussion-fixtures';
import { NewThreadForm } from './new-thread-form';

function render(inputs: { lessonId?: string; atMs?: number; lessonTitle?: string } = {}) {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  const fixture = TestBed.createComponent(NewThreadForm);
  fixture.componentRef.setInput('courseId', 'c1');
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const type = (testId: string, value: string) => {
    const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  const submit = () => {
    el.querySelector('form')!.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
  };
  return { fixture, el, type, submit, http: TestBed.inject(HttpTestingController) };
}

describe('NewThreadForm', () => {
  it('shows what is missing and sends nothing', () => {
    const { el, submit, http } = render();
    submit();
    expect(el.textContent).toContain('Give your thread a title');
    expect(el.textContent).toContain('Write something');
    http.expectNone('/api/courses/c1/threads');
  });

  it('posts a thread tied to the prefilled moment, and says which moment', () => {
    const { fixture, el, type, submit, http } = render({ lessonId: 's1l2', atMs: 63_000, lessonTitle: 'Tuning by ear' });
    expect(el.querySelector('[data-testid="new-thread-moment"]')?.textContent).toContain('Tuning by ear at 1:03');
    const created = vi.fn();
    fixture.componentInstance.created.subscribe(created);
    type('thread-title-input', 'Which string first?');
    type('thread-text-input', 'At this point I lose it.');
    submit();
    const request = http.expectOne({ method: 'POST', url: '/api/courses/c1/threads' });
    expect(request.request.body).toEqual({ title: 'Which string first?', text: 'At this point I lose it.', lessonId: 's1l2', atMs: 63_000 });
    request.flush(aThread());
    expect(created).toHaveBeenCalled();
  });

  it('shows the wait after a rate-limited post', () => {
    const { fixture, el, type, submit, http } = render();
    type('thread-title-input', 'T');
    type('thread-text-input', 'x');
    submit();
    http.expectOne('/api/courses/c1/threads').flush({ error: 'Too many attempts; try again later' }, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '30' } });
    fixture.detectChanges();
    expect(el.textContent).toContain('Try again in 30 s');
  });
});
