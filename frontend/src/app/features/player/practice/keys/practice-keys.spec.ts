import { commandFor, focusOwnsKey, KeyPress } from './practice-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('practice keys', () => {
  it('maps each shortcut', () => {
    const keys: [KeyPress, string][] = [
      [press(' '), 'play-pause'],
      [press('ArrowLeft'), 'back-5s'],
      [press('ArrowRight'), 'forward-5s'],
      [press('ArrowLeft', { shiftKey: true }), 'back-bar'],
      [press('ArrowRight', { shiftKey: true }), 'forward-bar'],
      [press('['), 'set-a'],
      [press(']'), 'set-b'],
      [press('l'), 'toggle-loop'],
      [press('L', { shiftKey: true }), 'toggle-loop'],
      [press('-'), 'slower'],
      [press('+', { shiftKey: true }), 'faster'],
      [press('='), 'faster'],
      [press('m'), 'toggle-metronome'],
      [press('?', { shiftKey: true }), 'show-keys'],
    ];
    for (const [key, command] of keys) expect(commandFor(key), key.key).toBe(command);
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(commandFor(press('l', { ctrlKey: true }))).toBeNull();
    expect(commandFor(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(commandFor(press('[', { metaKey: true }))).toBeNull();
    expect(commandFor(press('k'))).toBeNull();
    expect(commandFor(press('Enter'))).toBeNull();
  });

  it('gives text fields every key, and controls Space and the arrows', () => {
    const input = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const textarea = document.createElement('textarea');
    const button = document.createElement('button');
    const div = document.createElement('div');
    expect(focusOwnsKey(input, 'set-a')).toBe(true);
    expect(focusOwnsKey(textarea, 'toggle-loop')).toBe(true);
    expect(focusOwnsKey(checkbox, 'set-a')).toBe(false);
    expect(focusOwnsKey(checkbox, 'play-pause')).toBe(true);
    expect(focusOwnsKey(button, 'play-pause')).toBe(true);
    expect(focusOwnsKey(button, 'back-bar')).toBe(true);
    expect(focusOwnsKey(button, 'set-b')).toBe(false);
    expect(focusOwnsKey(div, 'play-pause')).toBe(false);
    expect(focusOwnsKey(document.body, 'forward-5s')).toBe(false);
    expect(focusOwnsKey(null, 'play-pause')).toBe(false);
  });

  it('gives an open dialog every key', () => {
    const dialog = document.createElement('dialog');
    const inside = document.createElement('div');
    dialog.append(inside);
    document.body.append(dialog);
    dialog.setAttribute('open', '');
    expect(focusOwnsKey(inside, 'toggle-loop')).toBe(true);
    dialog.remove();
  });
});
