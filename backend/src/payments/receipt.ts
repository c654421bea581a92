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

/** Sent once when a refund takes a course away, so the student knows why it left "My courses". */
export function refundMail(to: string, courseTitle: string, amountCents: number, currency: string, paymentId: string): OutgoingMail {
  return {
    to,
    subject: `Your Lessonstage refund: ${courseTitle}`,
    text: [
      `Your purchase has been refunded.`,
      ``,
      `Course: ${courseTitle}`,
      `Refunded: ${formatMoney(amountCents, currency)}`,
      `Payment: ${paymentId}`,
      ``,
      `The money goes back to the card you paid with; banks take 5 to 10 days to show it.`,
      `The course is no longer in "My courses".`,
    ].join('\n'),
  };
}
