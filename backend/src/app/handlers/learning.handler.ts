import type { LearningDeps } from '../../learning/learning.deps';
import { learningRoutes } from '../../learning/learning.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const learningFunction: DomainFunction<LearningDeps> = {
  domain: { name: 'learning', routes: learningRoutes },
  deps: (config) => {
    const { courses, enrollments, progress, loops, practiceJournal, users, certificates } = createRepositories(config);
    return { courses, enrollments, progress, loops, practiceJournal, users, certificates, mediaBaseUrl: config.mediaBaseUrl, tokens: createTokenVerifier(config) };
  },
};

export const handler = createDomainHandler(learningFunction);
