import { TestBed } from '@angular/core/testing';

import { LessonDescription } from './lesson-description';

describe('LessonDescription', () => {
  async function render(markdown: string | undefined) {
    const fixture = TestBed.createComponent(LessonDescription);
    fixture.componentRef.setInput('markdown', markdown);
    await fixture.whenStable();
    // The renderer loads on first use: wait for it, then for the view.
    await vi.waitFor(() => expect(markdown?.trim() ? fixture.nativeElement.querySelector('section') : true).toBeTruthy());
    await fixture.whenStable();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  it("shows the lesson's Markdown as sanitized HTML in a labelled region", async () => {
    const { el } = await render('Keep the **thumb** steady. <img src=x onerror="alert(1)">');
    const section = el.querySelector('[data-testid="lesson-description"]')!;
    // Until the renderer has loaded, the text shows as written: wait for the rendered HTML.
    await vi.waitFor(() => expect(section.querySelector('strong')).not.toBeNull());
    expect(section.getAttribute('aria-label')).toBe('About this lesson');
    expect(section.querySelector('strong')?.textContent).toBe('thumb');
    expect(section.querySelectorAll('img, [onerror]')).toHaveLength(0); // raw HTML is shown as text, never parsed
    expect(section.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('shows nothing for a lesson without a description', async () => {
    const { el, fixture } = await render('   ');
    expect(el.querySelector('[data-testid="lesson-description"]')).toBeNull();
    fixture.componentRef.setInput('markdown', undefined);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="lesson-description"]')).toBeNull();
  });
});
