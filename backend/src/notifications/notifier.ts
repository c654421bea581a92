import type { NotificationKind } from '@lessonstage/shared';
import type { Mailer } from '../lib/mail/mailer';
import { newId } from '../lib/new-id';
import { logger } from '../lib/observability/logger';
import type { UsersRepository } from '../users/users.repository';
import { notificationKeyOf } from './notification.record';
import type { NotificationsRepository } from './notifications.repository';

/** Something happened that `userId` should hear about: in the app always, by e-mail unless turned off. */
export interface NotificationRequest {
  readonly userId: string;
  readonly kind: NotificationKind;
  /** One line, e.g. "Your teacher answered your take on “Blues shuffle”". */
  readonly title: string;
  /** A short plain-text excerpt (the comment, the reply); the e-mail's body. */
  readonly text: string;
  /** A path inside the app, starting with `/`. */
  readonly link: string;
}

/** What domains that notify call; never throws (a failed notification must not fail the user's write). */
export interface Notifier {
  notify(requests: readonly NotificationRequest[]): Promise<void>;
}

export interface NotifierDeps {
  readonly notifier: Notifier;
}

interface StoringNotifierDeps {
  readonly notifications: NotificationsRepository;
  readonly users: UsersRepository;
  readonly mailer: Mailer;
  /** Where e-mail links point; without it (tests) mails carry the bare path. */
  readonly appOrigin?: string;
}

const MAX_EXCERPT = 500;

/** Stores each notification under its user and e-mails it unless the user turned that kind off. */
export function createNotifier(deps: StoringNotifierDeps, now: () => Date = () => new Date()): Notifier {
  const deliver = async (request: NotificationRequest): Promise<void> => {
    const createdAt = now().toISOString();
    const notificationId = newId('n');
    const text = request.text.length > MAX_EXCERPT ? `${request.text.slice(0, MAX_EXCERPT - 1)}…` : request.text;
    await deps.notifications.add({ ...request, text, userId: request.userId, itemKey: notificationKeyOf(createdAt, notificationId), notificationId, createdAt });
    const settings = await deps.notifications.settings(request.userId);
    if (settings.emailOff.includes(request.kind)) return;
    const user = await deps.users.get(request.userId);
    if (!user) return;
    const url = `${deps.appOrigin ?? ''}${request.link}`;
    await deps.mailer.send({
      to: user.email,
      subject: request.title,
      text: `${text}\n\nOpen it: ${url}\n\nYou can turn these e-mails off on your account page.`,
    });
  };
  return {
    async notify(requests) {
      const results = await Promise.allSettled(requests.map(deliver));
      results.forEach((result, index) => {
        if (result.status === 'rejected') logger.error('notification not delivered', { userId: requests[index]?.userId, kind: requests[index]?.kind, error: result.reason });
      });
    },
  };
}
