import { escapeHtml } from '../lib/mail/escape-html';
import type { OutgoingMail } from '../lib/mail/mailer';

/** What one notification e-mail says and where its links go (absolute URLs, or bare paths in tests). */
export interface NotificationMailContent {
  readonly to: string;
  readonly title: string;
  /** The excerpt (a comment, a reply): the user's own words, so escaped in the HTML part. */
  readonly text: string;
  readonly openUrl: string;
  /** The account page, where each kind of e-mail is turned off. */
  readonly settingsUrl: string;
}

/** A short e-mail: the title, the excerpt, a link to open it and one to turn these e-mails off. */
export function notificationMail(content: NotificationMailContent): OutgoingMail {
  const text = [content.text, '', `Open it: ${content.openUrl}`, '', `You can turn these e-mails off on your account page: ${content.settingsUrl}`].join('\n');
  const excerpt = escapeHtml(content.text).replace(/\r?\n/g, '<br>');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<p><strong>${escapeHtml(content.title)}</strong></p>`,
    `<blockquote style="margin:0 0 16px;padding-left:12px;border-left:3px solid #ccc;color:#333">${excerpt}</blockquote>`,
    `<p><a href="${escapeHtml(content.openUrl)}">Open it in Lessonstage</a></p>`,
    `<p style="font-size:small;color:#555">You can turn these e-mails off on your <a href="${escapeHtml(content.settingsUrl)}">account page</a>.</p>`,
    '</body></html>',
  ].join('');
  return { to: content.to, subject: content.title, text, html };
}
