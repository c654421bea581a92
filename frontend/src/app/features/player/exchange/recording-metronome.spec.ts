import { TestBed } from '@angular/core/testing';

import { ClickPlayer } from '../practice/metronome/click-player';
import { FreeClickTrack } from '../practice/metronome/free-click-track';
import { FakeClickPlayer } from '../practice/metronome/testing/fake-click-player';
import { RecordingMetronome } from './recording-metronome';

describe('RecordingMetronome', () => {
  let audio: FakeClickPlayer;

  beforeEach(() => {
    vi.useFakeTimers();
    TestBed.overrideComponent(RecordingMetronome, { set: { providers: [{ provide: ClickPlayer, useClass: FakeClickPlayer }, FreeClickTrack] } });
  });

  afterEach(() => vi.useRealTimers());

  function render() {
    const fixture = TestBed.createComponent(RecordingMetronome);
    fixture.componentRef.setInput('tempo', { bpm: 120, signature: [4, 4] });
    fixture.detectChanges();
    audio = fixture.debugElement.injector.get(ClickPlayer) as unknown as FakeClickPlayer;
    const el = fixture.nativeElement as HTMLElement;
    const toggle = () => el.querySelector<HTMLButtonElement>('[data-testid="recording-metronome-toggle"] button')!.click();
    return { fixture, el, toggle, metronome: fixture.componentInstance };
  }

  /** Moves the audio clock and the timers together. */
  function run(seconds: number): void {
    for (let i = 0; i < seconds * 40; i++) {
      audio.time += 0.025;
      vi.advanceTimersByTime(25);
    }
  }

  async function settled(): Promise<void> {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  }

  it('hands the recorder no count-in while off, and clicks nothing', () => {
    const { fixture, metronome } = render();
    expect(metronome.countInWhenOn()).toBeNull();
    fixture.componentRef.setInput('recording', true);
    fixture.detectChanges();
    run(1);
    expect(audio.booked).toEqual([]);
  });

  it('on: counts in one bar, clicks through the recording at the tempo typed, and stops with it', async () => {
    const { fixture, el, toggle, metronome } = render();
    toggle();
    fixture.detectChanges();
    const tempo = el.querySelector<HTMLInputElement>('[data-testid="recording-tempo"]')!;
    expect(tempo.value).toBe('120');
    tempo.value = '60';
    tempo.dispatchEvent(new Event('input'));
    fixture.detectChanges();

    const countIn = metronome.countInWhenOn()!(new AbortController().signal);
    let started = false;
    void countIn.then(() => (started = true));
    run(3.9);
    await settled();
    expect(started).toBe(false); // four beats of 1 s from 0.1 s
    run(0.3);
    await settled();
    expect(started).toBe(true);

    fixture.componentRef.setInput('recording', true);
    fixture.detectChanges();
    run(2);
    fixture.detectChanges();
    expect(audio.booked.map((click) => Number(click.at.toFixed(2)))).toEqual([0.1, 1.1, 2.1, 3.1, 4.1, 5.1, 6.1]);
    expect(el.querySelector('[data-testid="metronome-beats"]')!.getAttribute('data-clicks')).toBe('7');
    expect(tempo.disabled).toBe(true);

    fixture.componentRef.setInput('recording', false);
    fixture.detectChanges();
    const heard = audio.booked.length;
    run(2);
    expect(audio.booked).toHaveLength(heard);
  });

  it('cancelling the count-in silences its clicks', async () => {
    const { fixture, toggle, metronome } = render();
    toggle();
    fixture.detectChanges();
    const cancel = new AbortController();
    const countIn = metronome.countInWhenOn()!(cancel.signal);
    run(0.5);
    cancel.abort();
    await countIn;
    run(3);
    expect(audio.booked.map((click) => click.at)).toEqual([0.1]);
  });

  it('names a tempo out of range and keeps clicking at the last good one', () => {
    const { fixture, el, toggle } = render();
    toggle();
    fixture.detectChanges();
    const tempo = el.querySelector<HTMLInputElement>('[data-testid="recording-tempo"]')!;
    tempo.value = '401';
    tempo.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="recording-tempo-error"]')?.textContent).toContain('from 20 to 400 BPM');
    expect(tempo.getAttribute('aria-invalid')).toBe('true');
  });
});
