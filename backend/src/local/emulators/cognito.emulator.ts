import { mkdirSync } from 'node:fs';
import Lambda from 'aws-sdk/clients/lambda.js';
import pino from 'pino';
import { createServer } from 'cognito-local/lib/server/server';
import { Router } from 'cognito-local/lib/server/Router';
import { DefaultConfig, type Config } from 'cognito-local/lib/server/config';
import { DateClock, MessagesService, TriggersService, LambdaService } from 'cognito-local/lib/services';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService';
import { CryptoService } from 'cognito-local/lib/services/crypto';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery';
import type { MessageSender } from 'cognito-local/lib/services/messageDelivery/messageSender';
import { otp } from 'cognito-local/lib/services/otp';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService';
import type { RunningServer } from './running-server';

/** An e-mail cognito-local would have sent (verification and reset codes). */
export interface CapturedEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly code?: string;
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
        subject: message.emailSubject ?? 'Your verification code',
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
    messages: new MessagesService(triggers, new MessageDeliveryService(sender)),
    otp,
    tokenGenerator: new JwtTokenGenerator(clock, triggers, config.TokenConfig),
    triggers,
  };
  const server = await createServer(Router(services), logger, config.ServerConfig, services).start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
