import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from './account-mails.handler';

function trigger(triggerSource: CustomMessageTriggerEvent['triggerSource']): CustomMessageTriggerEvent {
  return {
    version: '1',
    region: 'eu-west-1',
    userPoolId: 'pool',
    userName: 'u1',
    callerContext: { awsSdkVersion: '3', clientId: 'web' },
    triggerSource,
    request: { userAttributes: { email: 'a@example.com' }, codeParameter: '{####}', usernameParameter: null, linkParameter: '' },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  };
}

describe('account mails (Cognito CustomMessage trigger)', () => {
  it('gives sign-up and password reset their own subject, keeping the code placeholder', async () => {
    const signUp = (await handler(trigger('CustomMessage_SignUp'))).response;
    const reset = (await handler(trigger('CustomMessage_ForgotPassword'))).response;
    expect(signUp.emailSubject).toBe('Confirm your Lessonstage account');
    expect(reset.emailSubject).toBe('Reset your Lessonstage password');
    expect(signUp.emailMessage).toContain('{####}');
    expect(reset.emailMessage).toContain('{####}');
  });

  it("leaves Cognito's own text for messages the product does not send", async () => {
    expect((await handler(trigger('CustomMessage_AdminCreateUser'))).response.emailSubject).toBeNull();
  });
});
