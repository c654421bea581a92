import { describe, expect, it } from 'vitest';
import { loopCreateRequestSchema, loopUpdateRequestSchema, speedSchema, syncRequestSchema } from './practice.schema';

const issue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? 'ok' : `${result.error!.issues[0]!.path.join('.')}: ${result.error!.issues[0]!.message}`;

describe('sync requests', () => {
  const points = (...pairs: [number, number][]) => pairs.map(([bar, timeMs]) => ({ bar, timeMs }));

  it('take strictly increasing bars and times, a tempo, a time signature and a first downbeat', () => {
    expect(issue(syncRequestSchema.safeParse({ syncPoints: points([0, 0], [4, 8000], [8, 16000]), tempoBpm: 120, timeSignature: [4, 4], firstDownbeatMs: 250, version: 3 }))).toBe('ok');
    expect(issue(syncRequestSchema.safeParse({ syncPoints: [], version: 0 }))).toBe('ok');
  });

  it('name the point and the field that does not increase', () => {
    expect(issue(syncRequestSchema.safeParse({ syncPoints: points([0, 0], [4, 8000], [4, 9000]), version: 1 }))).toBe("syncPoints.2.bar: must be greater than point 1's");
    expect(issue(syncRequestSchema.safeParse({ syncPoints: points([0, 0], [4, 8000], [5, 8000]), version: 1 }))).toBe("syncPoints.2.timeMs: must be greater than point 1's");
    expect(issue(syncRequestSchema.safeParse({ syncPoints: points([0, -1]), version: 1 }))).toBe('syncPoints.0.timeMs: must not be negative');
    expect(issue(syncRequestSchema.safeParse({ syncPoints: points([0, 1.5]), version: 1 }))).toBe('syncPoints.0.timeMs: must be a whole number of milliseconds');
  });

  it('refuse more than 5,000 points, and tempos outside 20–400', () => {
    const many = Array.from({ length: 5001 }, (_, i) => ({ bar: i, timeMs: i * 10 }));
    expect(issue(syncRequestSchema.safeParse({ syncPoints: many, version: 1 }))).toBe('syncPoints: must have at most 5000 points');
    expect(issue(syncRequestSchema.safeParse({ syncPoints: [], tempoBpm: 19, version: 1 }))).toBe('tempoBpm: must be at least 20');
    expect(issue(syncRequestSchema.safeParse({ syncPoints: [], tempoBpm: 401, version: 1 }))).toBe('tempoBpm: must be at most 400');
    expect(issue(syncRequestSchema.safeParse({ syncPoints: [], timeSignature: [4, 3], version: 1 }))).toBe('timeSignature.1: must be 1, 2, 4, 8, 16 or 32');
  });
});

describe('speeds and loops', () => {
  it('take speeds from 0.25 to 1.5 in 5 % steps', () => {
    for (const speed of [0.25, 0.7, 0.85, 1, 1.5]) expect(speedSchema.safeParse(speed).success, String(speed)).toBe(true);
    for (const speed of [0.2, 1.55, 0.72, Number.NaN]) expect(speedSchema.safeParse(speed).success, String(speed)).toBe(false);
  });

  it('need a start before the end, and a name of at most 80 characters', () => {
    const loop = { courseId: 'c1', lessonId: 'l1', name: 'Bars 5–8', startMs: 8000, endMs: 16000, speed: 0.7 };
    expect(issue(loopCreateRequestSchema.safeParse(loop))).toBe('ok');
    expect(issue(loopCreateRequestSchema.safeParse({ ...loop, endMs: 8000 }))).toBe('endMs: must be after startMs');
    expect(issue(loopCreateRequestSchema.safeParse({ ...loop, name: 'x'.repeat(81) }))).toBe('name: must be at most 80 characters');
    expect(issue(loopUpdateRequestSchema.safeParse({ name: 'A', startMs: 0, endMs: 1, speed: 1, trainer: { startSpeed: 0.5, step: 0.05, repetitionsPerStep: 3, targetSpeed: 1 } }))).toBe('ok');
  });
});
