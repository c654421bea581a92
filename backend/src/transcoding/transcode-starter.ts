import { awsJsonCaller, AwsJsonCallError } from '../lib/aws/aws-json-call';

/** Starts a queued job's run where something must be told to: on AWS, the transcode state machine. */
export interface TranscodeStarter {
  start(jobId: string): Promise<void>;
}

/**
 * Uploads start the state machine by their S3 event; a Retry has no event, so the API starts an
 * execution with `{ jobId }` (named after the job: a second start of the same job is refused by
 * Step Functions and ignored here). Without the state machine (locally) the runner polls the
 * table for queued jobs, so there is nothing to start.
 */
export function createTranscodeStarter(options: { readonly stateMachineArn?: string; readonly region: string; readonly endpoint?: string }): TranscodeStarter {
  const { stateMachineArn, region, endpoint } = options;
  if (!stateMachineArn) return { start: () => Promise.resolve() };
  const call = awsJsonCaller({ service: 'states', targetPrefix: 'AWSStepFunctions', jsonVersion: '1.0', region, endpoint });
  return {
    async start(jobId) {
      try {
        await call('StartExecution', { stateMachineArn, name: jobId, input: JSON.stringify({ jobId }) });
      } catch (error) {
        if (!(error instanceof AwsJsonCallError && error.errorType === 'ExecutionAlreadyExists')) throw error;
      }
    },
  };
}
