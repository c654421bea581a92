import type { NotificationsRepository } from '../../notifications/notifications.repository';
import type { NotificationRequest, Notifier } from '../../notifications/notifier';
import { DEMO_COMPLETED_COURSE } from './seed-demo-student';

/** What the bell shows the demo student on first start: a teacher's answer on a take and in a thread. */
export function demoNotifications(userId: string): NotificationRequest[] {
  return [
    {
      userId,
      kind: 'thread-answered',
      title: 'Your teacher answered your thread “Running out of air in long phrases”',
      text: 'Take the breath one beat earlier and let the belly go first; the shoulders stay still.',
      link: `/courses/${DEMO_COMPLETED_COURSE}`,
    },
    {
      userId,
      kind: 'submission-answered',
      title: 'Your teacher answered your take on “Sustaining a note”',
      text: '0:12 — lovely steady tone. Keep the jaw loose as the note gets quieter.',
      link: `/courses/${DEMO_COMPLETED_COURSE}/lessons/s1l2`,
    },
  ];
}

/**
 * Gives the demo student a couple of notifications through the real notifier (stored, counted
 * unread, e-mailed to the dev mailbox), once: a student who has any already is left alone.
 */
export async function seedDemoNotifications(deps: { notifier: Notifier; notifications: NotificationsRepository }, userId: string): Promise<void> {
  if ((await deps.notifications.page(userId, 1)).items.length) return;
  // One after the other: the second is the newest, on top of the bell's list.
  for (const request of demoNotifications(userId)) await deps.notifier.notify([request]);
}
