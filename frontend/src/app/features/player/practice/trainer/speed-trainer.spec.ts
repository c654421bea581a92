import { afterRepetition, bestSpeedAfter, startTrainer, TrainerProgress } from './speed-trainer';

const settings = { startSpeed: 0.6, step: 0.1, repetitionsPerStep: 2, targetSpeed: 0.75 };

function run(passes: number): TrainerProgress[] {
  const seen = [startTrainer(settings)];
  for (let i = 0; i < passes; i++) seen.push(afterRepetition(settings, seen.at(-1)!));
  return seen;
}

describe('speed trainer', () => {
  it('goes up a step after the passes at each speed, capped at the target, then stops', () => {
    expect(run(6).map((p) => [p.speed, p.repetition, p.done])).toEqual([
      [0.6, 0, false],
      [0.6, 1, false],
      [0.7, 0, false],
      [0.7, 1, false],
      [0.75, 0, false], // 0.8 would pass the target
      [0.75, 1, false],
      [0.75, 2, true],
    ]);
  });

  it('reports the fastest completed speed, and does nothing once done', () => {
    const seen = run(7);
    expect(seen.map((p) => p.completedSpeed)).toEqual([null, null, 0.6, 0.6, 0.7, 0.7, 0.75, 0.75]);
    expect(seen.at(-1)).toBe(seen.at(-2));
  });

  it('stops after one step when it starts at the target', () => {
    const at = { ...settings, startSpeed: 1, targetSpeed: 1, repetitionsPerStep: 1 };
    expect(afterRepetition(at, startTrainer(at))).toMatchObject({ speed: 1, done: true, completedSpeed: 1 });
  });

  it('keeps the better best speed', () => {
    expect(bestSpeedAfter(null, 0.7)).toBe(0.7);
    expect(bestSpeedAfter(0.9, 0.7)).toBe(0.9);
    expect(bestSpeedAfter(0.9, null)).toBe(0.9);
  });
});
