import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import type { MailboxMessage } from '@lessonstage/shared';
import { map, switchMap } from 'rxjs/operators';

import { apiErrorMessage, httpStatusOf } from '../../core/http/api-error-message';
import { LOADING, LoadState, toLoadState } from '../../shared/data/load-state';
import { formatDate } from '../../shared/format/format-date';
import { ErrorState } from '../../shared/ui/error-state/error-state';
import { FORM_FIELD_DEFAULTS } from '../../shared/ui/form-field-defaults';
import { LoadingState } from '../../shared/ui/loading-state/loading-state';
import { PendingButton } from '../../shared/ui/pending-button/pending-button';
import { DevMailboxApi } from './dev-mailbox.api';
import { mailboxCode, newestFirst } from './mailbox-messages';

interface MailboxQuery {
  readonly to: string;
  /** Bumped by Refresh, so the same filter loads again. */
  readonly attempt: number;
}

interface ShownMessage extends MailboxMessage {
  readonly code: string | null;
  readonly sentAtText: string;
}

/**
 * /dev/mailbox?to=: the e-mails the local stack "sent" (sign-up and reset codes), newest first.
 * Only the local stack has this endpoint; elsewhere it answers 404 and the page says so.
 */
@Component({
  selector: 'app-dev-mailbox-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, ErrorState, LoadingState, PendingButton],
  templateUrl: './dev-mailbox-page.html',
  styleUrl: './dev-mailbox-page.scss',
  providers: [FORM_FIELD_DEFAULTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DevMailboxPage {
  /** ?to= — show only messages to this address. */
  readonly to = input<string>();

  private readonly api = inject(DevMailboxApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly query = linkedSignal<string | undefined, MailboxQuery>({
    source: this.to,
    // The URL catching up with a Refresh must not load again.
    computation: (to, previous) => {
      const address = to?.trim() ?? '';
      return previous?.value.to === address ? previous.value : { to: address, attempt: 0 };
    },
  });

  protected readonly form = inject(NonNullableFormBuilder).group({ to: [''] });
  protected readonly state = toSignal(
    toObservable(this.query).pipe(
      switchMap(({ to }) =>
        this.api.list(to || undefined).pipe(
          map((messages): ShownMessage[] =>
            newestFirst(messages).map((message) => ({
              ...message,
              code: mailboxCode(message.text),
              sentAtText: formatDate(message.sentAt, 'dateTimeSeconds'),
            })),
          ),
          toLoadState(),
        ),
      ),
    ),
    { initialValue: LOADING as LoadState<ShownMessage[]> },
  );
  protected readonly messages = computed(() => {
    const state = this.state();
    return state.status === 'loaded' ? state.value : [];
  });
  protected readonly failure = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.error : null;
  });
  protected readonly unavailable = computed(() => httpStatusOf(this.failure()) === 404);
  protected readonly errorMessage = computed(() => apiErrorMessage(this.failure()));
  protected readonly filter = computed(() => this.query().to);

  constructor() {
    effect(() => {
      const to = this.query().to;
      untracked(() => {
        if (this.form.controls.to.value.trim() !== to) {
          this.form.controls.to.setValue(to);
        }
      });
    });
  }

  /** Loads again with the address in the field, and keeps it in the URL. */
  protected refresh(): void {
    const to = this.form.controls.to.value.trim();
    this.query.update((query) => ({ to, attempt: query.attempt + 1 }));
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { to: to || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
