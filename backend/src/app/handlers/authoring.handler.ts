import type { AuthoringDeps } from '../../authoring/authoring.deps';
import { authoringRoutes } from '../../authoring/authoring.routes';
import { createMediaStorage } from '../../lib/storage/create-media-storage';
import { DEFAULT_UPLOAD_TUNING } from '../../lib/storage/upload-tuning';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const authoringFunction: DomainFunction<AuthoringDeps> = {
  domain: { name: 'authoring', routes: authoringRoutes },
  deps: (config) => {
    const { courses, users, enrollments, transcodes } = createRepositories(config);
    return {
      courses,
      users,
      enrollments,
      transcodes,
      storage: createMediaStorage(config),
      uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
      mediaBaseUrl: config.mediaBaseUrl,
      tokens: createTokenVerifier(config),
    };
  },
};

export const handler = createDomainHandler(authoringFunction);
