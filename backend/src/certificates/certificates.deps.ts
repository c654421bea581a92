import type { GuardDeps } from '../auth/auth.middleware';
import type { DomainEnv } from '../lib/http/domain-env';
import type { MediaStorage } from '../lib/storage/media-storage';
import type { CertificatesRepository } from './certificates.repository';

/** What the certificate list, the PDF download and the public verification use. */
export interface CertificatesDeps extends GuardDeps {
  readonly certificates: CertificatesRepository;
  /** The private content bucket, where each PDF is kept once made. */
  readonly storage: MediaStorage;
  /** The site's public origin for the verification link; the request's own origin when unset. */
  readonly appOrigin?: string;
}

export type CertificatesEnv = DomainEnv<CertificatesDeps>;
