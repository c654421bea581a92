import type { Context } from 'aws-lambda';
import { loadConfig } from '../../lib/config';
import { logger } from '../../lib/observability/logger';
import { finishStep, progressStep, type FinishInput, type FinishOutput, type MediaConvertStatusEvent, type ProgressOutput } from '../../transcoding/state-machine-steps';
import type { TranscodeDeps } from '../../transcoding/transcode-jobs';
import { createTranscodeDeps } from '../create-transcode-deps';

/**
 * Step 3 of the transcode state machine (after MediaConvert's CreateJob `.sync`), on success and
 * from its Catch alike: records the outcome and, when ready, points the lesson at the new stream
 * and deletes the lesson's older stream folders.
 *
 * Input: `{ jobId, leaseOwner }` from transcode-claim's output, plus `status`: "COMPLETE" (the
 * `.sync` task succeeded) or "ERROR" (it failed or timed out), and for errors MediaConvert's
 * `errorCode` (number) and `errorMessage` if known. On COMPLETE the renditions are read from
 * `<destination>master.m3u8` (BANDWIDTH, RESOLUTION); none with a RESOLUTION means audio-only.
 * For video it then copies MediaConvert's poster frame (`poster.000000N.jpg`) to `poster.jpg` and
 * writes `thumbs/thumbnails.vtt` over its preview frames (`thumbs/thumb.NNNNNNN.jpg`).
 *
 * Output: `{ jobId, status: "ready" | "failed" | "superseded" | "lost", reason? }` — superseded:
 * the lesson has another video by now (this output is deleted); lost: the lease is not this
 * execution's any more (another holds the job; nothing is written).
 *
 * Also the target of an EventBridge rule on MediaConvert's STATUS_UPDATE events (every 10 s):
 * `{ "detail-type": "MediaConvert Job State Change", detail: { status, userMetadata:
 * { lessonstageJobId, lessonstageLeaseOwner }, jobProgress: { jobPercentComplete } } }` records
 * the running job's percent (fenced on the lease owner, never down) and answers
 * `{ jobId, percent, recorded }`.
 *
 * Environment: the API functions' (tables, CONTENT_BUCKET, …; read by loadConfig).
 */
let deps: TranscodeDeps | undefined;

export async function handler(event: FinishInput | MediaConvertStatusEvent, context: Context): Promise<FinishOutput | ProgressOutput> {
  logger.addContext(context);
  deps ??= createTranscodeDeps(loadConfig());
  if ('detail' in event) {
    const progress = await progressStep(deps, event);
    logger.debug('transcode progress', { ...progress });
    return progress;
  }
  const result = await finishStep(deps, event);
  logger.info('transcode finish', { ...result });
  return result;
}
