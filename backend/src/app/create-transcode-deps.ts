import type { AppConfig } from '../lib/config';
import { createMediaStorage } from '../lib/storage/create-media-storage';
import type { TranscodeDeps } from '../transcoding/transcode-jobs';
import { createRepositories } from './create-repositories';

/** What the transcode steps use: the job records, the courses (the lesson's stream), the content bucket. */
export function createTranscodeDeps(config: AppConfig): TranscodeDeps {
  const { transcodes, courses } = createRepositories(config);
  return { transcodes, courses, storage: createMediaStorage(config) };
}
