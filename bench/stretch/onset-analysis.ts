/** RMS over 2 ms, every 0.25 ms: short enough to see a sharp attack, long enough to tame the noise burst. */
const WINDOW_S = 0.002;
const HOP_S = 0.00025;
/** After an onset, the next is looked for this much later (hits come every 500 ms of source). */
const DEAD_TIME_S = 0.25;
/** The hit's peak is looked for this long after the envelope first crosses a third of the loudest. */
const PEAK_SEARCH_S = 0.08;
/** Pre-echo: the level in the 50 ms that end 10 ms before the attack's 50 % point. */
const PRE_FROM_S = 0.06;
const PRE_TO_S = 0.01;
/**
 * Re-attack: in the decay 20–300 ms after the peak, while above −40 dB of it, how far a 10 ms
 * RMS envelope climbs back above its lowest value so far (a stretcher that repeats a piece of
 * the attack makes the decay stutter; a clean decay only ripples).
 */
const DECAY_WINDOW_S = 0.01;
const DECAY_FROM_S = 0.02;
const DECAY_TO_S = 0.3;

export interface OnsetResult {
  readonly hits: number;
  /** 10 % → 90 % of the peak envelope, ms: median and largest over the hits. */
  readonly medianRiseMs: number;
  readonly maxRiseMs: number;
  /** Mean power before the attack against the peak's, dB (median over the hits). */
  readonly preEchoDb: number;
  /** Largest climb back up during the decay, dB (median over the hits). */
  readonly reAttackDb: number;
}

function envelope(samples: Float32Array, sampleRate: number, windowS = WINDOW_S): Float64Array {
  const window = Math.round(windowS * sampleRate);
  const hop = Math.round(HOP_S * sampleRate);
  const env = new Float64Array(Math.floor((samples.length - window) / hop));
  for (let f = 0; f < env.length; f++) {
    let sum = 0;
    for (let i = f * hop; i < f * hop + window; i++) sum += samples[i]! ** 2;
    env[f] = Math.sqrt(sum / window);
  }
  return env;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One hit: rise time and pre-echo around the envelope's first crossing of a third of the loudest. */
function measureHit(env: Float64Array, slow: Float64Array, crossing: number): { riseMs: number; preEchoDb: number; reAttackDb: number } | undefined {
  const frameMs = HOP_S * 1000;
  const end = Math.min(env.length, crossing + Math.round(PEAK_SEARCH_S / HOP_S));
  let peak = crossing;
  for (let f = crossing; f < end; f++) if (env[f]! > env[peak]!) peak = f;
  const top = env[peak]!;
  let t90 = crossing;
  while (env[t90]! < 0.9 * top) t90++;
  let t50 = t90;
  while (t50 > 0 && env[t50]! >= 0.5 * top) t50--;
  let t10 = t50;
  while (t10 > 0 && env[t10]! >= 0.1 * top) t10--;
  const preFrom = t50 - Math.round(PRE_FROM_S / HOP_S);
  const preTo = t50 - Math.round(PRE_TO_S / HOP_S);
  if (preFrom < 0 || t10 === 0) return undefined;
  let prePower = 0;
  for (let f = preFrom; f < preTo; f++) prePower += env[f]! ** 2;
  prePower /= preTo - preFrom;
  // The slow envelope's frames are centred 4 ms later than the fast one's: its peak is near.
  let slowPeak = peak;
  for (let f = peak; f < Math.min(slow.length, peak + Math.round(DECAY_FROM_S / HOP_S)); f++) if (slow[f]! > slow[slowPeak]!) slowPeak = f;
  return { riseMs: (t90 - t10) * frameMs, preEchoDb: 10 * Math.log10(prePower / top ** 2 + 1e-15), reAttackDb: reAttackDb(slow, slowPeak) };
}

/** The largest climb of the slow envelope above its running minimum in the hit's decay, dB. */
function reAttackDb(slow: Float64Array, peakFrame: number): number {
  const from = peakFrame + Math.round(DECAY_FROM_S / HOP_S);
  const to = Math.min(slow.length, peakFrame + Math.round(DECAY_TO_S / HOP_S));
  const floor = slow[peakFrame]! / 100;
  let lowest = Infinity;
  let climb = 1;
  for (let f = from; f < to && slow[f]! > floor; f++) {
    lowest = Math.min(lowest, slow[f]!);
    climb = Math.max(climb, slow[f]! / lowest);
  }
  return 20 * Math.log10(climb);
}

/** Rise time and pre-echo of every drum hit in a capture (hits too near its start are skipped). */
export function analyseOnsets(samples: Float32Array, sampleRate: number): OnsetResult {
  const env = envelope(samples, sampleRate);
  const slow = envelope(samples, sampleRate, DECAY_WINDOW_S);
  const loudest = Math.max(...env);
  const hits: { riseMs: number; preEchoDb: number; reAttackDb: number }[] = [];
  for (let f = 1; f < env.length; f++) {
    if (!(env[f]! >= loudest / 3 && env[f - 1]! < loudest / 3)) continue;
    const hit = measureHit(env, slow, f);
    if (hit) hits.push(hit);
    f += Math.round(DEAD_TIME_S / HOP_S);
  }
  if (hits.length === 0) throw new Error('no drum hits found in the capture');
  const rises = hits.map((h) => h.riseMs);
  return { hits: hits.length, medianRiseMs: median(rises), maxRiseMs: Math.max(...rises), preEchoDb: median(hits.map((h) => h.preEchoDb)), reAttackDb: median(hits.map((h) => h.reAttackDb)) };
}
