import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The centred card the sign-in, sign-up and password pages are laid out in. */
@Component({
  selector: 'app-auth-card',
  template: `
    <div class="page auth-page">
      <div class="card">
        <h1 class="page-heading">{{ heading() }}</h1>
        @if (lede()) {
          <p class="lede">{{ lede() }}</p>
        }
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .auth-page {
      display: flex;
      justify-content: center;
    }

    .card {
      width: 100%;
      max-width: 480px;
      padding: 24px 16px;
      border-radius: var(--mat-sys-corner-extra-large, 28px);
      background: var(--mat-sys-surface-container-low);

      @media (min-width: 600px) {
        margin-top: 24px;
        padding: 32px;
        border: 1px solid var(--mat-sys-outline-variant);
      }
    }

    .lede {
      margin: 0 0 24px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuthCard {
  readonly heading = input.required<string>();
  readonly lede = input('');
}
