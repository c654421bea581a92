import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Why the course cannot be published yet, as the API listed it. */
@Component({
  selector: 'app-publish-problems',
  template: `
    <div class="problems" role="alert" data-testid="publish-problems">
      <p class="heading">Not ready to publish yet. Fix these, then publish again:</p>
      <ul class="list">
        @for (problem of problems(); track problem) {
          <li>{{ problem }}</li>
        }
      </ul>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .problems {
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium, 12px);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .heading {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }

    .list {
      margin: 0;
      padding-inline-start: 20px;
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublishProblems {
  readonly problems = input.required<readonly string[]>();
}
