import { createCloudMailer } from '../../lib/mail/cloud-mailer';
import type { PaymentsDeps } from '../../payments/payments.deps';
import { paymentsFunctionRoutes } from '../../payments/payments-function.routes';
import { createTokenVerifier } from '../create-auth-clients';
import { createRepositories } from '../create-repositories';
import { createStripeGateway } from '../create-stripe-gateway';
import { createDomainHandler, type DomainFunction } from '../domain-function';

export const paymentsFunction: DomainFunction<PaymentsDeps> = {
  domain: { name: 'payments', routes: paymentsFunctionRoutes },
  deps: (config) => {
    const { courses, users, enrollments, purchases, webhookEvents, certificates, reviews } = createRepositories(config);
    return {
      courses,
      users,
      enrollments,
      purchases,
      webhookEvents,
      certificates,
      reviews,
      stripe: createStripeGateway(config),
      mailer: createCloudMailer(config),
      appOrigin: config.appOrigin,
      tokens: createTokenVerifier(config),
    };
  },
};

export const handler = createDomainHandler(paymentsFunction);
