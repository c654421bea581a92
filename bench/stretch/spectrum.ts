/** In-place radix-2 FFT of (re, im); the length must be a power of two. */
function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const step = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const wr = Math.cos(step * k);
        const wi = Math.sin(step * k);
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}

export const hann = (i: number, n: number) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (n - 1));

/** Power spectrum (bins 0…n/2) of `samples[from, from + n)` under a Hann window. */
export function powerSpectrum(samples: Float32Array, from: number, n: number): Float64Array {
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let i = 0; i < n; i++) re[i] = (samples[from + i] ?? 0) * hann(i, n);
  fft(re, im);
  const power = new Float64Array(n / 2 + 1);
  for (let k = 0; k <= n / 2; k++) power[k] = re[k]! ** 2 + im[k]! ** 2;
  return power;
}

/**
 * The strongest bin within ±`searchCents` of `hz`, refined by a parabola through the log power
 * of it and its neighbours (a Hann window's peak is close to a Gaussian: bias well under 0.1 bin),
 * and the parabola's top as its power (rather than the bin's, which can be 1.4 dB low).
 */
export function peakNear(power: Float64Array, hz: number, binHz: number, searchCents: number): { hz: number; power: number } {
  const lo = Math.max(1, Math.floor((hz * 2 ** (-searchCents / 1200)) / binHz));
  const hi = Math.min(power.length - 2, Math.ceil((hz * 2 ** (searchCents / 1200)) / binHz));
  let k = lo;
  for (let i = lo; i <= hi; i++) if (power[i]! > power[k]!) k = i;
  const [a, b, c] = [Math.log(power[k - 1]! + 1e-30), Math.log(power[k]! + 1e-30), Math.log(power[k + 1]! + 1e-30)];
  const denominator = a - 2 * b + c;
  const delta = denominator === 0 ? 0 : (0.5 * (a - c)) / denominator;
  return { hz: (k + delta) * binHz, power: Math.exp(b - 0.25 * (a - c) * delta) };
}

/** Magnitude of `samples[from, from + n)` at exactly `hz` (one DFT bin, Hann window). */
export function levelAt(samples: Float32Array, from: number, n: number, hz: number, sampleRate: number): number {
  let re = 0;
  let im = 0;
  const w = (2 * Math.PI * hz) / sampleRate;
  for (let i = 0; i < n; i++) {
    const x = (samples[from + i] ?? 0) * hann(i, n);
    re += x * Math.cos(w * i);
    im -= x * Math.sin(w * i);
  }
  return Math.hypot(re, im);
}
