import { CdkTextareaAutosize } from '@angular/cdk/text-field';
import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, inject, input } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel, MatPrefix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { Currency } from '@lessonstage/shared';
import { MAX_PRICE_CENTS } from '@lessonstage/shared/authoring-rules';
import { Observable } from 'rxjs';
import { startWith, switchMap } from 'rxjs/operators';

import { CourseForm, CURRENCY_OPTIONS, INSTRUMENT_OPTIONS, LEVEL_OPTIONS } from './course-form';
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_TO_PUBLISH, TITLE_MAX_LENGTH } from './title-validators';

const CURRENCY_SYMBOLS: Readonly<Record<Currency, string>> = { USD: '$', EUR: '€', GBP: '£' };

/**
 * The fields of a course's details (title, description, instrument, level, price, currency),
 * bound to a CourseForm the parent owns and submits. The selects are native (matNativeControl):
 * the platform's own picker on phones, and no mat-select, whose live announcer would pull
 * Angular's HTML sanitizer into the app's initial bundle.
 */
@Component({
  selector: 'app-course-fields',
  imports: [ReactiveFormsModule, CdkTextareaAutosize, MatFormField, MatLabel, MatInput, MatError, MatHint, MatPrefix],
  template: `
    <div class="grid">
      <mat-form-field class="wide">
        <mat-label>Title</mat-label>
        <input matInput [id]="idPrefix() + '-title'" [formControl]="form().controls.title" autocomplete="off" />
        <mat-error>
          @if (form().controls.title.hasError('maxlength')) {
            Use at most {{ titleMax }} characters.
          } @else {
            Enter a title.
          }
        </mat-error>
      </mat-form-field>

      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>Description</mat-label>
        <textarea
          matInput
          [id]="idPrefix() + '-description'"
          [formControl]="form().controls.description"
          rows="4"
          cdkTextareaAutosize
        ></textarea>
        <mat-hint>At least {{ descriptionMin }} characters before publishing.</mat-hint>
        <mat-hint align="end">{{ descriptionLength() }} / {{ descriptionMax }}</mat-hint>
        <mat-error>Use at most {{ descriptionMax }} characters.</mat-error>
      </mat-form-field>

      <mat-form-field>
        <mat-label>Instrument</mat-label>
        <select matNativeControl [id]="idPrefix() + '-instrument'" [formControl]="form().controls.instrument">
          <option [ngValue]="null" disabled hidden></option>
          @for (option of instruments; track option.value) {
            <option [ngValue]="option.value">{{ option.label }}</option>
          }
        </select>
        <mat-error>Choose an instrument.</mat-error>
      </mat-form-field>

      <mat-form-field>
        <mat-label>Level</mat-label>
        <select matNativeControl [id]="idPrefix() + '-level'" [formControl]="form().controls.level">
          <option [ngValue]="null" disabled hidden></option>
          @for (option of levels; track option.value) {
            <option [ngValue]="option.value">{{ option.label }}</option>
          }
        </select>
        <mat-error>Choose a level.</mat-error>
      </mat-form-field>

      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Price</mat-label>
        <span matTextPrefix aria-hidden="true">{{ symbol() }}&nbsp;</span>
        <input
          matInput
          [id]="idPrefix() + '-price'"
          [formControl]="form().controls.price"
          inputmode="decimal"
          autocomplete="off"
        />
        <mat-hint>In {{ currency() }}, e.g. 29.99. 0 makes the course free.</mat-hint>
        <mat-error>
          @if (form().controls.price.hasError('required')) {
            Enter a price (0 for free).
          } @else if (form().controls.price.hasError('maxPrice')) {
            The highest price is {{ maxPrice }}.
          } @else {
            Enter a price like 29.99.
          }
        </mat-error>
      </mat-form-field>

      <mat-form-field>
        <mat-label>Currency</mat-label>
        <select matNativeControl [id]="idPrefix() + '-currency'" [formControl]="form().controls.currency">
          @for (option of currencies; track option.value) {
            <option [ngValue]="option.value">{{ option.label }}</option>
          }
        </select>
      </mat-form-field>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .grid {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      column-gap: 16px;
      row-gap: 8px;

      @media (min-width: 600px) {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }

    .wide {
      grid-column: 1 / -1;
    }

    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CourseFields {
  readonly form = input.required<CourseForm>();
  /** Makes the fields' ids unique on the page. */
  readonly idPrefix = input('course');

  protected readonly instruments = INSTRUMENT_OPTIONS;
  protected readonly levels = LEVEL_OPTIONS;
  protected readonly currencies = CURRENCY_OPTIONS;
  protected readonly titleMax = TITLE_MAX_LENGTH;
  protected readonly descriptionMin = DESCRIPTION_MIN_TO_PUBLISH;
  protected readonly descriptionMax = DESCRIPTION_MAX_LENGTH;
  protected readonly maxPrice = (MAX_PRICE_CENTS / 100).toLocaleString('en-US');

  protected readonly currency = this.valueOf((form) => form.controls.currency, 'USD' as Currency);
  protected readonly symbol = computed(() => CURRENCY_SYMBOLS[this.currency()]);
  private readonly description = this.valueOf((form) => form.controls.description, '');
  protected readonly descriptionLength = computed(() => this.description().length);

  constructor() {
    // The parent submits the form (marking fields touched, showing their errors) and resets it:
    // this OnPush view has to look again whenever the form's state changes.
    const changeDetector = inject(ChangeDetectorRef);
    toObservable(this.form)
      .pipe(
        switchMap((form) => form.events),
        takeUntilDestroyed(),
      )
      .subscribe(() => changeDetector.markForCheck());
  }

  /** A control's value as a signal, so this OnPush view follows changes made by the parent. */
  private valueOf<T>(pick: (form: CourseForm) => AbstractControl<T>, initial: T) {
    const values = (form: CourseForm): Observable<T> => {
      const control = pick(form);
      return control.valueChanges.pipe(startWith(control.value));
    };
    return toSignal(toObservable(this.form).pipe(switchMap(values)), { initialValue: initial });
  }
}
