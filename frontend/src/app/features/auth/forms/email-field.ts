import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** The auth forms' "Email" field, with its required and format messages. */
@Component({
  selector: 'app-email-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError],
  template: `
    <mat-form-field class="field">
      <mat-label>Email</mat-label>
      <input matInput [id]="inputId()" type="email" [formControl]="control()" autocomplete="email" />
      <mat-error>
        @if (control().hasError('required')) {
          Enter your e-mail address.
        } @else {
          Enter a valid e-mail address, like name&#64;example.com.
        }
      </mat-error>
    </mat-form-field>
  `,
  styleUrl: './auth-field.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailField {
  /** The form's e-mail control. */
  readonly control = input.required<FormControl<string>>();
  /** Id of the input, unique on the page. */
  readonly inputId = input.required<string>();
}
