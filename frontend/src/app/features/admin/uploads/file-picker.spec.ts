import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { pickFiles } from '../testing/editor-harness';
import { FilePicker } from './file-picker';

@Component({
  imports: [FilePicker],
  template: `<app-file-picker accept="application/pdf" testId="material-input" multiple label="Add material to “Intro”" (files)="picked.push($event)">Add material</app-file-picker>`,
})
class Host {
  readonly picked: File[][] = [];
}

describe('FilePicker', () => {
  it('is one named button that opens the hidden file input, and emits the picked files', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
    const button = el.querySelector('button')!;

    expect(input.dataset['testid']).toBe('material-input');
    expect(input.accept).toBe('application/pdf');
    expect(input.multiple).toBe(true);
    expect(input.tabIndex).toBe(-1);
    expect(button.textContent?.trim()).toBe('Add material');
    expect(button.getAttribute('aria-label')).toBe('Add material to “Intro”');

    const click = vi.spyOn(input, 'click');
    button.click();
    expect(click).toHaveBeenCalled();

    const file = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' });
    pickFiles(input, file);
    expect(fixture.componentInstance.picked).toEqual([[file]]);
  });
});
