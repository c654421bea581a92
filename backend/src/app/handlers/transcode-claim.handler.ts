import type { Context } from 'aws-lambda';
import { loadConfig } from '../../lib/config';
import { logger } from '../../lib/observability/logger';
import { claimStep, type ClaimInput, type ClaimOutput } from '../../transcoding/state-machine-steps';
import type { TranscodeDeps } from '../../transcoding/transcode-jobs';
import { createTranscodeDeps } from '../create-transcode-deps';

/**
 * Step 1 of the transcode state machine (no API route): claims the job, marks it running with a
 * 6-hour lease held by this step's id, and says where MediaConvert reads and writes.
 *
 * Input, either:
 * - `{ "jobId": "t…" }`: a queued job (the API queues one on every video upload and on Retry), or
 * - the EventBridge S3 "Object Created" event of `courses/<courseId>/lessons/<lessonId>/video/…`
 *   (`detail.bucket.name`, `detail.object.key`): the upload's job, queued here if the API has not yet.
 *
 * Output, either:
 * - `{ claimed: true, jobId, leaseOwner, courseId, lessonId, input: "s3://<bucket>/<sourceKey>",
 *   destination: "s3://<bucket>/hls/<courseId>/<lessonId>/<jobId>/", outputPrefix }`: run
 *   MediaConvert with `input` and `destination` (master.m3u8 there, its frame captures beside
 *   it; finish turns them into poster.jpg and thumbs/thumbnails.vtt), then call transcode-finish; or
 * - `{ claimed: false, reason }`: nothing to do (another execution holds it, it ended, or the key
 *   is not a lesson video); end the execution successfully.
 *
 * Environment: the API functions' (tables, CONTENT_BUCKET, …; read by loadConfig).
 */
let deps: TranscodeDeps | undefined;

export async function handler(event: ClaimInput, context: Context): Promise<ClaimOutput> {
  logger.addContext(context);
  const config = loadConfig();
  deps ??= createTranscodeDeps(config);
  const result = await claimStep(deps, config.contentBucket, event, `sfn-${context.awsRequestId}`);
  logger.info('transcode claim', { ...result });
  return result;
}
