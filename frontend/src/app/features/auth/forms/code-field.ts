import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** Where the 6-digit code comes from, named in the field's error message. */
export type CodeSource = 'email' | 'authenticator';

const SOURCE_NAMES: Record<CodeSource, string> = { email: 'the e-mail', authenticator: 'your authenticator app' };

/** A one-time "Code" field: numeric keyboard, and the browser may fill it from an SMS or e-mail. */
@Component({
  selector: 'app-code-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError],
  template: `
    <mat-form-field class="field">
      <mat-label>Code</mat-label>
      <input matInput [id]="inputId()" [formControl]="control()" inputmode="numeric" autocomplete="one-time-code" maxlength="8" />
      <mat-error>Enter the 6-digit code from {{ sourceName[source()] }}.</mat-error>
    </mat-form-field>
  `,
  styleUrl: './auth-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodeField {
  /** The form's code control. */
  readonly control = input.required<FormControl<string>>();
  /** Id of the input, unique on the page. */
  readonly inputId = input.required<string>();
  readonly source = input.required<CodeSource>();

  protected readonly sourceName = SOURCE_NAMES;
}
