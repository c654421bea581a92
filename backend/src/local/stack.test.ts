import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseListSchema } from '@lessonstage/shared';
import { fixtureTables, putCourse } from '../testing/fixture-writes';
import { courseFixture } from '../testing/course-fixtures';
import { DEMO_COURSES } from './seed/demo-courses';
import { startLocalStack } from './stack';
import { throwawayStackOptions } from './local-config';

describe('local stack', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lessonstage-stack-'));
  const options = throwawayStackOptions(dataDir, { seedDemo: true });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data across a restart, seeds the demo catalog once, and re-uses its user pool', async () => {
    const first = await startLocalStack(options);
    let poolId: string;
    try {
      expect(first.seededCourses).toBe(DEMO_COURSES.length);
      poolId = first.userPool.userPoolId;
      await putCourse(fixtureTables(first.config).courses, courseFixture(1, { courseId: 'written-before-restart', title: 'Survivor' }));
    } finally {
      await first.stop();
    }

    const second = await startLocalStack(options);
    try {
      expect(second.seededCourses).toBe(0);
      expect(second.userPool.userPoolId).toBe(poolId);
      const survivor = await fetch(`${second.url}/api/courses/written-before-restart`);
      expect(survivor.status).toBe(200);
      expect(await survivor.json()).toMatchObject({ title: 'Survivor' });

      const list = courseListSchema.parse(await (await fetch(`${second.url}/api/courses?limit=50`)).json());
      expect(list.items).toHaveLength(DEMO_COURSES.length + 1);

      const cover = await fetch(`${second.url}${list.items.find((c) => c.courseId === DEMO_COURSES[0]!.courseId)!.thumbnailUrl}`);
      expect(cover.status).toBe(200);
      expect(cover.headers.get('content-type')).toBe('image/svg+xml');
      expect(await cover.text()).toContain('<svg');
    } finally {
      await second.stop();
    }
  });
});
