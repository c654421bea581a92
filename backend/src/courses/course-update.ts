import { RATING_ATTRIBUTES, type CourseIndexKeys, type CourseRecord } from './course.record';

type CourseItem = CourseRecord & CourseIndexKeys;
// The rating belongs to the reviews' ADDs, streamsVersion to a finished transcode's stream write.
type Written = Exclude<keyof CourseItem, 'courseId' | 'streamsVersion' | (typeof RATING_ATTRIBUTES)[number]>;

/**
 * Every attribute a course save owns. A `Record` over the record's keys, so a field added to
 * CourseRecord without being listed here does not compile (it would never be written, or removed).
 */
const WRITTEN: Record<Written, true> = {
  title: true,
  description: true,
  instrument: true,
  level: true,
  priceCents: true,
  currency: true,
  teacherName: true,
  teacherId: true,
  teacherBio: true,
  teacherPhotoKey: true,
  thumbnailKey: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  publishedAt: true,
  version: true,
  sections: true,
  catalogPartition: true,
  catalogSortKey: true,
  listPartition: true,
  listSortKey: true,
};

export interface CourseUpdateParts {
  readonly UpdateExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * A course save as one UpdateItem: SET what the item has, REMOVE what it lacks (a cleared cover,
 * an unpublished course's catalog keys), and never a rating attribute, whatever the item carries.
 */
export function courseUpdate(item: CourseItem): CourseUpdateParts {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const set: string[] = [];
  const remove: string[] = [];
  (Object.keys(WRITTEN) as Written[]).forEach((attribute, i) => {
    names[`#a${i}`] = attribute;
    const value = item[attribute];
    if (value === undefined) {
      remove.push(`#a${i}`);
    } else {
      values[`:a${i}`] = value;
      set.push(`#a${i} = :a${i}`);
    }
  });
  const expression = `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`;
  return { UpdateExpression: expression, ExpressionAttributeNames: names, ExpressionAttributeValues: values };
}
