import type { ExchangeDeps } from '../../exchange/exchange.deps';
import { exchangeRoutes } from '../../exchange/exchange.routes';
import { createCloudMailer } from '../../lib/mail/cloud-mailer';
import { createMediaStorage } from '../../lib/storage/create-media-storage';
import { createObjectLinks } from '../../lib/storage/create-object-links';
import { DEFAULT_UPLOAD_TUNING } from '../../lib/storage/upload-tuning';
import { createNotifier } from '../../notifications/notifier';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const exchangeFunction: DomainFunction<ExchangeDeps> = {
  domain: { name: 'exchange', routes: exchangeRoutes },
  deps: (config) => {
    const { courses, enrollments, users, submissions, notifications } = createRepositories(config);
    return {
      courses,
      enrollments,
      users,
      submissions,
      notifier: createNotifier({ notifications, users, mailer: createCloudMailer(config), appOrigin: config.appOrigin }),
      storage: createMediaStorage(config),
      objectLinks: createObjectLinks(config),
      uploads: config.uploads ?? DEFAULT_UPLOAD_TUNING,
      tokens: createTokenVerifier(config),
    };
  },
};

export const handler = createDomainHandler(exchangeFunction);
