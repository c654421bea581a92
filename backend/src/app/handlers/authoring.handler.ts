import type { AuthoringDeps } from '../../authoring/authoring.deps';
import { authoringRoutes } from '../../authoring/authoring.routes';
import { createMediaStorage } from '../../lib/storage/create-media-storage';
import { createObjectLinks } from '../../lib/storage/create-object-links';
import { DEFAULT_UPLOAD_TUNING } from '../../lib/storage/upload-tuning';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createTranscodeStarter } from '../../transcoding/transcode-starter';
import { parameterStoreSettings } from '../../lib/config-parameters';
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
      transcodeStarter: createTranscodeStarter({ stateMachineArn: config.transcodeStateMachineArn, region: config.region }),
      storage: createMediaStorage(config),
      objectLinks: createObjectLinks(config),
      uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
      mediaBaseUrl: config.mediaBaseUrl,
      tokens: createTokenVerifier(config),
    };
  },
};

// Operator settings (rate limits, catalog cache, upload tuning) come from Parameter Store on AWS.
export const handler = createDomainHandler(authoringFunction, parameterStoreSettings);
