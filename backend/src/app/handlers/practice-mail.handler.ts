import { createCloudMailer } from '../../lib/mail/cloud-mailer';
import type { PracticeMailDeps } from '../../practice-mail/practice-mail.deps';
import { practiceMailRoutes } from '../../practice-mail/practice-mail.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';
import { createUnsubscribeSecret } from '../create-unsubscribe-secret';

/** The weekly practice e-mail's settings, unsubscribe and admin run. */
export const practiceMailFunction: DomainFunction<PracticeMailDeps> = {
  domain: { name: 'practice-mail', routes: practiceMailRoutes },
  deps: (config) => {
    const { practiceJournal, weeklyMail, users, courses } = createRepositories(config);
    return {
      practiceJournal,
      weeklyMail,
      users,
      courses,
      mailer: createCloudMailer(config),
      unsubscribeSecret: createUnsubscribeSecret(config),
      unsubscribeMailto: config.unsubscribeMailto,
      appOrigin: config.appOrigin,
      tokens: createTokenVerifier(config),
    };
  },
};

export const handler = createDomainHandler(practiceMailFunction);
