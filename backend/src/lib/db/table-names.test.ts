import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { TABLE_DEFINITIONS } from './table-definitions';
import { tableNames } from './table-names';

describe('tableNames', () => {
  it('gives every table of TABLE_DEFINITIONS one field, named after its id', () => {
    const names = tableNames((table) => table.envVar);
    expect(Object.keys(names)).toHaveLength(TABLE_DEFINITIONS.length);
    expect(names.rateLimitsTable).toBe('RATE_LIMITS_TABLE');
    expect(names.webhookEventsTable).toBe('WEBHOOK_EVENTS_TABLE');
  });

  it("lets loadConfig read each table's name from its variable, and name a missing one", () => {
    const env = { USER_POOL_ID: 'pool', USER_POOL_CLIENT_ID: 'client', CONTENT_BUCKET: 'bucket', ...Object.fromEntries(TABLE_DEFINITIONS.map((t) => [t.envVar, `cloud-${t.id}`])) };
    expect(loadConfig(env)).toMatchObject({ coursesTable: 'cloud-Courses', submissionsTable: 'cloud-Submissions' });
    expect(() => loadConfig({ ...env, REVIEWS_TABLE: '' })).toThrow('Missing environment variable REVIEWS_TABLE');
  });
});
