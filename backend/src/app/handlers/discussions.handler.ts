import type { DiscussionsDeps } from '../../discussions/discussions.deps';
import { discussionsRoutes } from '../../discussions/discussions.routes';
import { createCloudMailer } from '../../lib/mail/cloud-mailer';
import { createNotifier } from '../../notifications/notifier';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

/** Course discussions; a reply tells the thread's author (in the app and by e-mail). */
export const discussionsFunction: DomainFunction<DiscussionsDeps> = {
  domain: { name: 'discussions', routes: discussionsRoutes },
  deps: (config) => {
    const { discussions, courses, enrollments, users, rateLimiter, notifications } = createRepositories(config);
    const notifier = createNotifier({ notifications, users, mailer: createCloudMailer(config), appOrigin: config.appOrigin });
    return { discussions, courses, enrollments, users, rateLimiter, notifier, tokens: createTokenVerifier(config) };
  },
};

export const handler = createDomainHandler(discussionsFunction);
