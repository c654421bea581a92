import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { inputLabelled } from '../../../shared/testing/dom-queries';
import { Modal } from '../../../shared/ui/modal/modal';
import { NewCourseDialog } from './new-course-dialog';

describe('NewCourseDialog', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  afterEach(() => document.querySelectorAll('app-new-course-dialog').forEach((dialog) => dialog.remove()));

  it('opens as a modal titled "New course" and can be cancelled', async () => {
    const result = TestBed.inject(Modal).open(NewCourseDialog);
    await new Promise((resolve) => setTimeout(resolve));
    const dialog = document.querySelector<HTMLElement>('app-new-course-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('New course');
    expect(inputLabelled(dialog, 'Title')).toBeTruthy();
    expect(dialog.querySelector('[data-testid="create-course"] button')?.getAttribute('type')).toBe('submit');

    Array.from(dialog.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Cancel')!.click();
    expect(await result).toBeUndefined();
    TestBed.inject(HttpTestingController).verify();
  });
});
