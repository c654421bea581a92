import type { OutgoingMail } from '../lib/mail/mailer';

export function formatMoney(amountCents: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amountCents / 100);
}

export function receiptMail(to: string, courseTitle: string, amountCents: number, currency: string, paymentId: string): OutgoingMail {
  return {
    to,
    subject: `Your Lessonstage receipt: ${courseTitle}`,
    text: [
      `Thank you for your purchase.`,
      ``,
      `Course: ${courseTitle}`,
      `Amount: ${formatMoney(amountCents, currency)}`,
      `Payment: ${paymentId}`,
      ``,
      `The course is in "My courses" now. Happy practising!`,
    ].join('\n'),
  };
}
