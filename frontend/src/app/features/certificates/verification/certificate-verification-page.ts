import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { CertificateVerification } from '@lessonstage/shared';
import { switchMap } from 'rxjs/operators';

import { CertificatesApi } from '../../../core/certificates/certificates.api';
import { LOADING, LoadState, loadStateView, toLoadState } from '../../../shared/data/load-state';
import { formatDate } from '../../../shared/format/format-date';
import { ErrorState } from '../../../shared/ui/error-state/error-state';
import { LoadingState } from '../../../shared/ui/loading-state/loading-state';
import { StatusPage } from '../../../shared/ui/status-page/status-page';

/** /certificates/:certificateId — public: whether a certificate is valid, and whose it is. */
@Component({
  selector: 'app-certificate-verification-page',
  imports: [MatButton, RouterLink, ErrorState, LoadingState, StatusPage],
  templateUrl: './certificate-verification-page.html',
  styleUrl: './certificate-verification-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificateVerificationPage {
  /** Bound from the `:certificateId` route parameter. */
  readonly certificateId = input.required<string>();

  private readonly api = inject(CertificatesApi);
  private readonly attempt = signal(0);
  private readonly request = computed(() => ({ certificateId: this.certificateId(), attempt: this.attempt() }));

  protected readonly state = toSignal(
    toObservable(this.request).pipe(switchMap(({ certificateId }) => this.api.verification(certificateId).pipe(toLoadState()))),
    { initialValue: LOADING as LoadState<CertificateVerification> },
  );
  protected readonly view = loadStateView(this.state);
  protected readonly issued = computed(() => {
    const certificate = this.view.value();
    return certificate ? formatDate(certificate.issuedAt) : '';
  });

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }
}
