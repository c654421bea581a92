import { TestBed } from '@angular/core/testing';

import { aReply } from '../testing/discussion-fixtures';
import { PostCard, type PostView } from './post-card';

async function render(post: PostView, inputs: { canEdit?: boolean; canDelete?: boolean } = {}) {
  const fixture = TestBed.createComponent(PostCard);
  fixture.componentRef.setInput('post', post);
  fixture.componentRef.setInput('canEdit', inputs.canEdit ?? false);
  fixture.componentRef.setInput('canDelete', inputs.canDelete ?? false);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const click = async (testId: string) => {
    el.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { fixture, el, click };
}

describe('PostCard', () => {
  it("marks a teacher's answer and renders its Markdown inert: no image, no script link", async () => {
    const { fixture, el } = await render(aReply({ text: 'Try **this** <img src=x onerror=alert(1)> [x](javascript:alert(1))' }));
    await vi.waitFor(() => {
      fixture.detectChanges();
      expect(el.querySelector('[data-testid="post-text"] strong')?.textContent).toBe('this');
    });
    expect(el.querySelector('[data-testid="teacher-answer"]')?.textContent).toContain("Teacher's answer");
    expect(el.querySelectorAll('img, [onerror]')).toHaveLength(0);
    const link = el.querySelector('[data-testid="post-text"] a');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(el.querySelector('[data-testid="post-text"]')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('offers edit and delete only when allowed, and report to everyone', async () => {
    const { el } = await render(aReply({ teacherAnswer: false }));
    expect(el.querySelector('[data-testid="post-edit"]')).toBeNull();
    expect(el.querySelector('[data-testid="post-delete"]')).toBeNull();
    expect(el.querySelector('[data-testid="post-report"]')).not.toBeNull();
  });

  it('keeps an empty edit from being saved and says why; saves a changed text', async () => {
    const { fixture, el, click } = await render(aReply(), { canEdit: true });
    const edited = vi.fn();
    fixture.componentInstance.edited.subscribe(edited);
    await click('post-edit');
    const input = el.querySelector<HTMLTextAreaElement>('[data-testid="post-edit-input"]')!;
    input.value = '   ';
    input.dispatchEvent(new Event('input'));
    await click('post-edit-save');
    expect(edited).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Write something');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    input.value = 'Better wording';
    input.dispatchEvent(new Event('input'));
    await click('post-edit-save');
    expect(edited).toHaveBeenCalledWith('Better wording');
  });

  it('reports with the chosen reason', async () => {
    const { fixture, el, click } = await render(aReply());
    const reported = vi.fn();
    fixture.componentInstance.reported.subscribe(reported);
    await click('post-report');
    const select = el.querySelector<HTMLSelectElement>('[data-testid="report-reason"]')!;
    select.value = 'abuse';
    select.dispatchEvent(new Event('change'));
    await click('report-send');
    expect(reported).toHaveBeenCalledWith('abuse');
  });
});
