/** What a practice shortcut does. */
export type PracticeCommand =
  | 'play-pause'
  | 'back-5s'
  | 'forward-5s'
  | 'back-bar'
  | 'forward-bar'
  | 'set-a'
  | 'set-b'
  | 'toggle-loop'
  | 'slower'
  | 'faster'
  | 'toggle-metronome'
  | 'show-keys';

export type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The shortcuts, as the help dialog lists them. */
export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 'Space', action: 'Play or pause' },
  { keys: '← / →', action: 'Back or forward 5 seconds' },
  { keys: 'Shift + ← / →', action: 'Back or forward one bar' },
  { keys: '[', action: 'Set loop start (A)' },
  { keys: ']', action: 'Set loop end (B)' },
  { keys: 'L', action: 'Loop on or off' },
  { keys: '− / +', action: 'Slower or faster (5 %)' },
  { keys: 'M', action: 'Metronome on or off' },
  { keys: '?', action: 'Show these shortcuts' },
];

const BY_KEY: Readonly<Record<string, PracticeCommand>> = {
  ' ': 'play-pause',
  '[': 'set-a',
  ']': 'set-b',
  l: 'toggle-loop',
  L: 'toggle-loop',
  '-': 'slower',
  _: 'slower',
  '+': 'faster',
  '=': 'faster',
  m: 'toggle-metronome',
  M: 'toggle-metronome',
  '?': 'show-keys',
};

/** The command a key press means; none with Ctrl, Cmd or Alt (those belong to the browser). */
export function commandFor(press: KeyPress): PracticeCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'ArrowLeft') return press.shiftKey ? 'back-bar' : 'back-5s';
  if (press.key === 'ArrowRight') return press.shiftKey ? 'forward-bar' : 'forward-5s';
  return BY_KEY[press.key] ?? null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'number', 'tel', 'url', 'date', 'time']);
/** Elements whose own keyboard use includes Space and the arrows (activate, move, seek). */
const KEY_OWNERS = 'button, a[href], video, audio, select, input, [role="button"], [role="radio"], [role="slider"], [role="menuitem"], [role="option"], [role="tab"], summary';

function isTextField(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/**
 * Whether the focused element keeps this key: text fields keep every key, and controls keep
 * Space and the arrows (a focused button is pressed with Space, a toggle group moves with arrows).
 * Open dialogs keep all keys.
 */
export function focusOwnsKey(target: EventTarget | null, command: PracticeCommand): boolean {
  if (!(target instanceof Element)) return false;
  if (isTextField(target) || target.closest('dialog[open]')) return true;
  const usesKey = command === 'play-pause' || command.endsWith('-5s') || command.endsWith('-bar');
  return usesKey && target.closest(KEY_OWNERS) !== null;
}
