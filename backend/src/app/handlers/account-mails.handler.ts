import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { accountMail } from '../../auth/account-mails';

/** Cognito's CustomMessage trigger: one subject and text per purpose (sign-up, password reset, …). */
export async function handler(event: CustomMessageTriggerEvent): Promise<CustomMessageTriggerEvent> {
  const mail = accountMail(event.triggerSource, event.request.codeParameter);
  if (mail) {
    event.response.emailSubject = mail.emailSubject;
    event.response.emailMessage = mail.emailMessage;
  }
  return event;
}
