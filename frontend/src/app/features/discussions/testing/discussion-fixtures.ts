import type { DiscussionReply, DiscussionThread } from '@lessonstage/shared';

export function aThread(overrides: Partial<DiscussionThread> = {}): DiscussionThread {
  return {
    threadId: 't1',
    postId: 't1',
    courseId: 'c1',
    title: 'Thumb hurts',
    text: 'It **hurts**',
    author: { userId: 'u1', name: 'Sam', teacher: false },
    pinned: false,
    replyCount: 0,
    answered: false,
    createdAt: '2026-12-01T10:00:00.000Z',
    lastActivityAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aReply(overrides: Partial<DiscussionReply> = {}): DiscussionReply {
  return {
    postId: 't1_r1',
    threadId: 't1',
    author: { userId: 'admin', name: 'Marta', teacher: true },
    text: 'Relax the wrist.',
    createdAt: '2026-12-01T11:00:00.000Z',
    teacherAnswer: true,
    ...overrides,
  };
}
