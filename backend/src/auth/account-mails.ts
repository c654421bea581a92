/**
 * The e-mails Cognito sends for accounts, one subject per purpose. Cognito has a single
 * verification template for sign-up and password reset, so its CustomMessage trigger picks the
 * text by trigger source (the Lambda in app/handlers/account-mails.handler.ts on AWS, the
 * cognito-local wiring in local/emulators locally). `code` is the code itself, or Cognito's
 * `{####}` placeholder that Cognito fills in.
 */
export interface AccountMail {
  readonly emailSubject: string;
  readonly emailMessage: string;
}

export function accountMail(triggerSource: string, code: string): AccountMail | undefined {
  switch (triggerSource) {
    case 'CustomMessage_SignUp':
    case 'CustomMessage_ResendCode':
      return {
        emailSubject: 'Confirm your Lessonstage account',
        emailMessage: `Welcome to Lessonstage. Your code to confirm your e-mail address is ${code}. It is valid for 24 hours.`,
      };
    case 'CustomMessage_ForgotPassword':
      return {
        emailSubject: 'Reset your Lessonstage password',
        emailMessage: `Your code to reset your Lessonstage password is ${code}. It is valid for 1 hour. If you did not ask for it, ignore this e-mail: your password stays as it is.`,
      };
    case 'CustomMessage_UpdateUserAttribute':
    case 'CustomMessage_VerifyUserAttribute':
      return {
        emailSubject: 'Confirm your new Lessonstage e-mail address',
        emailMessage: `Your code to confirm this e-mail address for Lessonstage is ${code}.`,
      };
    default:
      return undefined; // Cognito's own text (admin-created accounts, MFA codes: not used here)
  }
}
