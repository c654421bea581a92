import type { CertificatesDeps } from '../../certificates/certificates.deps';
import { certificatesRoutes } from '../../certificates/certificates.routes';
import { createMediaStorage } from '../../lib/storage/create-media-storage';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const certificatesFunction: DomainFunction<CertificatesDeps> = {
  domain: { name: 'certificates', routes: certificatesRoutes },
  deps: (config) => ({
    certificates: createRepositories(config).certificates,
    storage: createMediaStorage(config),
    appOrigin: config.appOrigin,
    tokens: createTokenVerifier(config),
  }),
};

export const handler = createDomainHandler(certificatesFunction);
