import { booleanAttribute, ChangeDetectionStrategy, Component, ElementRef, input, output, viewChild } from '@angular/core';
import { MatButton, MatButtonAppearance } from '@angular/material/button';

import { Icon } from '../ui/icon';

/**
 * A button that opens the system file picker. The <input type="file"> itself is hidden (and out
 * of the tab order) so keyboard users meet one control; tests reach it by its test id.
 */
@Component({
  selector: 'app-file-picker',
  imports: [MatButton, Icon],
  template: `
    <input
      #input
      class="visually-hidden"
      type="file"
      tabindex="-1"
      aria-hidden="true"
      [accept]="accept()"
      [multiple]="multiple()"
      [disabled]="disabled()"
      [attr.data-testid]="testId()"
      (change)="picked($event)"
    />
    <button
      [matButton]="appearance()"
      type="button"
      [disabled]="disabled()"
      [attr.aria-label]="label() || null"
      (click)="open()"
    >
      <app-icon name="upload" />
      <ng-content />
    </button>
  `,
  styles: `
    :host {
      display: inline-block;
    }

    app-icon {
      margin-inline-end: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilePicker {
  /** The `accept` attribute: content types and extensions. */
  readonly accept = input.required<string>();
  readonly multiple = input(false, { transform: booleanAttribute });
  readonly disabled = input(false, { transform: booleanAttribute });
  /** An accessible name that starts with the visible label and says more (e.g. which lesson). */
  readonly label = input('');
  readonly testId = input<string | null>(null);
  readonly appearance = input<MatButtonAppearance>('outlined');

  readonly files = output<File[]>();

  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  protected open(): void {
    this.input().nativeElement.click();
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    // Cleared, so picking the same file again (e.g. after a cancel) fires another change.
    input.value = '';
    if (files.length) {
      this.files.emit(files);
    }
  }
}
