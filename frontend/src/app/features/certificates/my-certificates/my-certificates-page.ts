import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { MyCertificateList } from '@lessonstage/shared';
import { switchMap } from 'rxjs/operators';

import { CertificatesApi, certificatePageLink, certificatePdfUrl } from '../../../core/certificates/certificates.api';
import { LOADING, LoadState, loadStateView, toLoadState } from '../../../shared/data/load-state';
import { formatDate } from '../../../shared/format/format-date';
import { EmptyState } from '../../../shared/ui/empty-state/empty-state';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';

/** /certificates — the signed-in student's certificates, with their PDFs and verification pages. */
@Component({
  selector: 'app-my-certificates-page',
  imports: [MatButton, RouterLink, EmptyState, ErrorState, LoadingState],
  templateUrl: './my-certificates-page.html',
  styleUrl: './my-certificates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCertificatesPage {
  private readonly api = inject(CertificatesApi);
  private readonly attempt = signal(0);

  protected readonly state = toSignal(
    toObservable(this.attempt).pipe(switchMap(() => this.api.mine().pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<MyCertificateList> },
  );
  protected readonly view = loadStateView(this.state);
  protected readonly certificates = computed(() => this.view.value()?.items ?? []);
  protected readonly pdfUrl = certificatePdfUrl;
  protected readonly pageLink = certificatePageLink;
  protected readonly date = (iso: string) => formatDate(iso);

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }
}
