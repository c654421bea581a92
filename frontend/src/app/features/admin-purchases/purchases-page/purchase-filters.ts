import { ChangeDetectionStrategy, Component, ElementRef, inject, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { Purchase, PurchaseFilters as Filters } from '@lessonstage/shared';

import { checkForm } from '../../../shared/forms/check-form';
import { FORM_FIELD_DEFAULTS } from '../../../shared/ui/form-field-defaults';

/** Every status (the Record's type makes a new one in the API a compile error here). */
export const STATUS_LABELS: Readonly<Record<Purchase['status'], string>> = {
  paid: 'Paid',
  refunded: 'Refunded',
  disputed: 'Disputed',
};
const STATUSES = Object.keys(STATUS_LABELS) as Purchase['status'][];

/** "To" before "from" finds nothing: said under "To" rather than shown as an empty list. */
function notBeforeFrom(control: AbstractControl<string>): ValidationErrors | null {
  const from = (control.parent?.get('from')?.value as string | undefined) ?? '';
  return from && control.value && control.value < from ? { range: true } : null;
}

/**
 * The purchase list's search: text (buyer's e-mail or name, course), status and a range of days.
 * Emits the filters on submit; Clear empties them and emits again. Days are UTC, as the API reads them.
 */
@Component({
  selector: 'app-purchase-filters',
  imports: [ReactiveFormsModule, MatButton, MatFormField, MatLabel, MatInput, MatError],
  providers: [FORM_FIELD_DEFAULTS],
  template: `
    <form class="filters" role="search" aria-label="Find purchases" [formGroup]="form" (ngSubmit)="submit()">
      <mat-form-field class="search" subscriptSizing="dynamic">
        <mat-label>Buyer e-mail, name or course (optional)</mat-label>
        <input matInput type="search" formControlName="q" autocomplete="off" maxlength="200" data-testid="purchase-search" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Status</mat-label>
        <select matNativeControl formControlName="status" data-testid="purchase-status-filter">
          <option value="">Any status</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ labels[status] }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>From (optional)</mat-label>
        <input matInput type="date" formControlName="from" data-testid="purchase-from" />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>To (optional)</mat-label>
        <input matInput type="date" formControlName="to" data-testid="purchase-to" />
        <mat-error>Choose a day on or after “From”.</mat-error>
      </mat-form-field>
      <div class="buttons">
        <button matButton="filled" type="submit">Search</button>
        <button matButton type="button" (click)="clear()">Clear</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin-block-end: 16px;
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }

    .search {
      flex: 1 1 260px;
    }

    mat-form-field:not(.search) {
      flex: 0 1 170px;
    }

    .buttons {
      display: flex;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurchaseFilters {
  readonly changed = output<Filters>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  protected readonly statuses = STATUSES;
  protected readonly labels = STATUS_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({ q: '', status: '', from: '', to: ['', notBeforeFrom] });

  constructor() {
    // "To" is checked against "from": check it again whenever "from" changes.
    this.form.controls.from.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.to.updateValueAndValidity());
  }

  protected submit(): void {
    if (!checkForm(this.form, this.host)) {
      return;
    }
    const { q, status, from, to } = this.form.getRawValue();
    this.changed.emit({
      q: q.trim() || undefined,
      status: (status || undefined) as Filters['status'],
      from: from || undefined,
      to: to || undefined,
    });
  }

  protected clear(): void {
    this.form.reset();
    this.changed.emit({});
  }
}
