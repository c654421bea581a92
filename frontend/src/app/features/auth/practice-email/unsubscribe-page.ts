import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';

import { httpStatusOf } from '../../../core/http/api-error-message';
import { PracticeEmailApi } from './practice-email.api';

type State = 'working' | 'done' | 'invalid' | 'failed';

/**
 * /practice/unsubscribe?token= : the link at the foot of the weekly e-mail. No sign-in: the
 * signed token says whose e-mail to stop, and one visit stops it.
 */
@Component({
  selector: 'app-unsubscribe-page',
  imports: [RouterLink],
  template: `
    <div class="page unsubscribe">
      <h1 class="page-heading">Weekly practice summary</h1>
      <div role="status" data-testid="unsubscribe-status">
        @switch (state()) {
          @case ('working') { <p>Unsubscribing…</p> }
          @case ('done') {
            <p>You are unsubscribed: we will not send you the weekly practice summary again.</p>
            <p>Changed your mind? Turn it back on in your <a routerLink="/account">account</a>.</p>
          }
          @case ('invalid') {
            <p>This unsubscribe link is not valid. Sign in and turn the summary off in your <a routerLink="/account">account</a>.</p>
          }
          @case ('failed') { <p>We could not unsubscribe you just now. Please open the link again in a moment.</p> }
        }
      </div>
    </div>
  `,
  styles: `
    :host { display: block; }
    .unsubscribe { max-width: 720px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnsubscribePage implements OnInit {
  private readonly api = inject(PracticeEmailApi);

  readonly token = input<string>();
  protected readonly state = signal<State>('working');

  ngOnInit(): void {
    const token = this.token();
    if (!token) {
      this.state.set('invalid');
      return;
    }
    this.api.unsubscribe(token).subscribe({
      next: () => this.state.set('done'),
      error: (error: unknown) => this.state.set([400, 403].includes(httpStatusOf(error) ?? 0) ? 'invalid' : 'failed'),
    });
  }
}
