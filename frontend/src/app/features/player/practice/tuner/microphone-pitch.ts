/** A pitch heard by the microphone: frequency and how clearly it is one note (0–1). */
export interface PitchSample {
  readonly hz: number;
  readonly clarity: number;
}

/** Readings below this clarity are noise, breath or a chord: not shown. */
export const MIN_CLARITY = 0.9;

/** Why the microphone could not be used, in words a student can act on. */
export function microphoneErrorMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'Microphone access was refused. Allow the microphone for this site in your browser’s settings, then start the tuner again.';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'No microphone was found. Connect one, then start the tuner again.';
    case 'NotReadableError':
      return 'The microphone is in use by another app. Close it, then start the tuner again.';
    default:
      return 'The microphone could not be started. Start the tuner again, or try another browser.';
  }
}

/**
 * Listens to the microphone and reports its pitch on every animation frame (McLeod pitch method,
 * `pitchy`, loaded on first use). The browser's voice processing is turned off: echo
 * cancellation and noise suppression smear a sustained note, automatic gain pumps it.
 */
export async function listenForPitch(windowSize: number, onSample: (sample: PitchSample) => void): Promise<() => void> {
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No microphone API', 'NotFoundError');
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const { PitchDetector } = await import('pitchy');
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = windowSize;
  context.createMediaStreamSource(stream).connect(analyser);
  const detector = PitchDetector.forFloat32Array(windowSize);
  const buffer = new Float32Array(windowSize);
  let frame = 0;
  const read = () => {
    analyser.getFloatTimeDomainData(buffer);
    const [hz, clarity] = detector.findPitch(buffer, context.sampleRate);
    onSample({ hz, clarity });
    frame = requestAnimationFrame(read);
  };
  frame = requestAnimationFrame(read);
  return () => {
    cancelAnimationFrame(frame);
    for (const track of stream.getTracks()) track.stop();
    void context.close();
  };
}
