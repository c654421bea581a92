import { mkdirSync } from 'node:fs';
import Lambda from 'aws-sdk/clients/lambda.js';
import pino from 'pino';
import { createServer } from 'cognito-local/lib/server/server';
import { Router } from 'cognito-local/lib/server/Router';
import { DefaultConfig, type Config } from 'cognito-local/lib/server/config';
import { DateClock, TriggersService, LambdaService } from 'cognito-local/lib/services';
import type { Messages } from 'cognito-local/lib/services/messages';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService';
import { CryptoService } from 'cognito-local/lib/services/crypto';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery';
import type { MessageSender } from 'cognito-local/lib/services/messageDelivery/messageSender';
import { otp } from 'cognito-local/lib/services/otp';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService';
import { UserNotFoundError } from 'cognito-local/lib/errors';
import { accountMail } from '../../auth/account-mails';
import type { RunningServer } from './running-server';

/** An e-mail cognito-local would have sent (verification and reset codes). */
export interface CapturedEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly code?: string;
}

type Services = Parameters<typeof Router>[0];
type TargetHandler = ReturnType<ReturnType<typeof Router>>;

/**
 * cognito-local answers ResendConfirmationCode with "unsupported"; this fills the gap the way
 * Cognito behaves: a new code replaces the old one and is delivered to the account's e-mail.
 */
function resendConfirmationCode(services: Services): TargetHandler {
  return async (ctx, req: { ClientId: string; Username: string }) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const user = await userPool.getUserByUsername(ctx, req.Username);
    if (!user) throw new UserNotFoundError();
    const email = user.Attributes.find((a) => a.Name === 'email')?.Value ?? req.Username;
    const code = services.otp();
    await userPool.saveUser(ctx, { ...user, ConfirmationCode: code });
    const destination = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: email } as const;
    await services.messages.deliver(ctx, 'ResendCode', req.ClientId, userPool.options.Id, user, code, undefined, destination);
    return { CodeDeliveryDetails: destination };
  };
}

/**
 * cognito-local ignores the pool's message templates and runs a CustomMessage trigger only as a
 * Lambda; this runs the same texts the AWS trigger uses, in process, so each mail says its purpose.
 */
class AccountMessages implements Messages {
  constructor(private readonly delivery: MessageDeliveryService) {}

  async deliver(...[ctx, source, , , user, code, , destination]: Parameters<Messages['deliver']>): Promise<void> {
    await this.delivery.deliver(ctx, user, destination, { __code: code, ...accountMail(`CustomMessage_${source}`, code) });
  }
}

/**
 * cognito-local (Cognito API) wired like its own createDefaultServer, except that its data
 * lives in an absolute directory (its default is relative to the working directory, so pools
 * vanished on restart) and its e-mails go to a callback (the dev mailbox) instead of stdout.
 */
export async function startCognito(
  port: number,
  directory: string,
  onEmail: (email: CapturedEmail) => void = () => undefined,
): Promise<RunningServer> {
  const dataDirectory = `${directory}/db`;
  mkdirSync(dataDirectory, { recursive: true });
  const logger = pino({ level: 'silent' });
  const ctx = { logger };
  const config: Config = {
    ...DefaultConfig,
    TokenConfig: { IssuerDomain: `http://127.0.0.1:${port}` },
    ServerConfig: { port, hostname: '127.0.0.1', development: false, https: false },
  };
  const clock = new DateClock();
  const dataStoreFactory = new StormDBDataStoreFactory(dataDirectory);
  const cognito = await new CognitoServiceFactoryImpl(
    dataDirectory,
    dataStoreFactory,
    new UserPoolServiceFactoryImpl(clock, dataStoreFactory),
  ).create(ctx, config.UserPoolDefaults);
  const triggers = new TriggersService(
    clock,
    cognito,
    new LambdaService(config.TriggerFunctions, new Lambda(config.LambdaClient)),
    new CryptoService(config.KMSConfig),
  );
  const sender: MessageSender = {
    async sendEmail(_ctx, _user, destination, message) {
      onEmail({
        to: destination,
        subject: message.emailSubject ?? 'Your Lessonstage verification code',
        text: message.emailMessage ?? `Your code is ${message.__code ?? ''}`,
        code: message.__code,
      });
    },
    async sendSms() {
      // The product sends no SMS (MFA is TOTP only).
    },
  };
  const services = {
    clock,
    cognito,
    config,
    messages: new AccountMessages(new MessageDeliveryService(sender)),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };
  const router = Router(services);
  const withResend = (target: string) => (target === 'ResendConfirmationCode' ? resendConfirmationCode(services) : router(target));
  const server = await createServer(withResend, logger, config.ServerConfig, services).start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
