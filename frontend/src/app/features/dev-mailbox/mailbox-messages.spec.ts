import { mailboxCode, newestFirst } from './mailbox-messages';

describe('mailboxCode', () => {
  it('finds the 6-digit code', () => {
    expect(mailboxCode('Welcome!\nYour code is 123456')).toBe('123456');
    expect(mailboxCode('Your code is 012345.')).toBe('012345');
  });

  it('is null without one', () => {
    expect(mailboxCode('No code here, only 12345 and 1234567')).toBeNull();
  });
});

describe('newestFirst', () => {
  it('sorts by sentAt, newest first, without changing the input', () => {
    const input = [
      { sentAt: '2026-01-01T10:00:00Z', id: 'a' },
      { sentAt: '2026-01-01T12:00:00Z', id: 'c' },
      { sentAt: '2026-01-01T11:00:00Z', id: 'b' },
    ];
    expect(newestFirst(input).map((m) => m.id)).toEqual(['c', 'b', 'a']);
    expect(input[0].id).toBe('a');
  });
});
