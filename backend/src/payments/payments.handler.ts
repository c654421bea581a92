import { createTokenVerifier } from '../auth/auth-deps';
import { createDataDeps } from '../lib/db/data-deps';
import { createDomainHandler, type DomainFunction } from '../lib/lambda-handler';
import { createCloudMailer } from '../lib/mail/cloud-mailer';
import { createStripeGateway } from './create-stripe-gateway';
import { paymentsFunctionRoutes } from './payments-function.routes';

export const paymentsFunction: DomainFunction = {
  domain: { name: 'payments', routes: paymentsFunctionRoutes },
  deps: (config) => ({
    ...createDataDeps(config),
    stripe: createStripeGateway(config),
    mailer: createCloudMailer(config),
    tokens: createTokenVerifier(config),
  }),
};

export const handler = createDomainHandler(paymentsFunction);
