import { Routes } from '@angular/router';

import { authGuard } from '../../core/auth/auth.guard';
import { MyCertificatesPage } from './my-certificates/my-certificates-page';
import { CertificateVerificationPage } from './verification/certificate-verification-page';

/** /certificates — the student's certificates; /certificates/:certificateId — anyone's verification. One lazy chunk. */
export const certificatesRoutes: Routes = [
  { path: '', title: 'My certificates', canActivate: [authGuard], component: MyCertificatesPage },
  { path: ':certificateId', title: 'Certificate', component: CertificateVerificationPage },
];
