import { createObjectLinks } from '../../lib/storage/create-object-links';
import type { MediaDeps } from '../../media/media.deps';
import { mediaRoutes } from '../../media/media.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createStreamCookieSigner } from '../create-stream-cookie-signer';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const mediaFunction: DomainFunction<MediaDeps> = {
  domain: { name: 'media', routes: mediaRoutes },
  deps: (config) => {
    const { courses, enrollments } = createRepositories(config);
    return {
      courses,
      enrollments,
      objectLinks: createObjectLinks(config),
      streamCookies: createStreamCookieSigner(config),
      mediaBaseUrl: config.mediaBaseUrl,
      tokens: createTokenVerifier(config),
    };
  },
};

export const handler = createDomainHandler(mediaFunction);
