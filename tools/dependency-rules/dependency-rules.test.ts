import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

/** Runs the lint's own dependency-cruiser, with the repository's rules, on one folder. */
function violationsIn(folder: string): string[] {
  let stdout: string;
  try {
    stdout = execFileSync('npx', ['depcruise', folder, '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    // depcruise exits non-zero when it finds errors; its JSON report is still on stdout.
    stdout = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  const short = (path: string) => path.replace(/^.*fixtures\//, '');
  return report.summary.violations.map((v) => `${v.rule.name}: ${short(v.from)} → ${short(v.to)}`).sort();
}

describe('the import boundaries npm run lint enforces', () => {
  it('fail on each kind of violation, and only on those', () => {
    expect(violationsIn('tools/dependency-rules/fixtures')).toEqual([
      'core-and-shared-know-no-feature: frontend/src/app/core/layout.ts → frontend/src/app/features/lessons/lesson-page.ts',
      'domains-do-not-reach-wiring: backend/src/courses/course.ts → backend/src/app/wiring.ts',
      'features-are-independent: frontend/src/app/features/lessons/lesson-page.ts → frontend/src/app/features/shop/buy-button.ts',
      'lib-is-plumbing: backend/src/lib/db/leaky-client.ts → backend/src/courses/course.ts',
      'lib-tests-only-use-testing: backend/src/lib/db/uses-testing.ts → backend/src/testing/fixture.ts',
      'no-circular: frontend/src/app/core/ping.ts → frontend/src/app/core/pong.ts',
    ]);
  });
});
