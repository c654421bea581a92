import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Submission, SubmissionStatus } from '@lessonstage/shared';
import { formatMoment } from '@lessonstage/shared/exchange-rules';
import { firstValueFrom } from 'rxjs';

import { apiErrorMessage } from '../../../core/http/api-error-message';
import { ExchangeApi } from '../../../shared/exchange/exchange.api';
import { formatDate } from '../../../shared/format/format-date';
import { FormAlert } from '../../../shared/ui/form-alert/form-alert';

/** The teachers' queue: takes waiting for an answer, oldest first (or those answered), a page at a time. */
@Component({
  selector: 'app-exchange-queue-page',
  imports: [MatButton, RouterLink, FormAlert],
  templateUrl: './exchange-queue-page.html',
  styleUrl: './exchange-queue-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExchangeQueuePage {
  private readonly api = inject(ExchangeApi);

  protected readonly status = signal<SubmissionStatus>('awaiting');
  protected readonly items = signal<readonly Submission[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal('');
  protected readonly moment = formatMoment;
  protected readonly date = (iso: string) => formatDate(iso, 'dateTime');

  constructor() {
    effect(() => {
      const status = this.status();
      untracked(() => void this.load(status, null));
    });
  }

  protected more(): void {
    void this.load(this.status(), this.nextCursor());
  }

  private async load(status: SubmissionStatus, cursor: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set('');
    try {
      const page = await firstValueFrom(this.api.queue(status, cursor));
      this.items.update((items) => (cursor ? [...items, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (error) {
      this.error.set(apiErrorMessage(error));
    } finally {
      this.loading.set(false);
    }
  }
}
