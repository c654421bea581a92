import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeAwsJsonEndpoint } from '../testing/fake-aws-json-endpoint';
import { createTranscodeStarter } from './transcode-starter';

const ARN = 'arn:aws:states:eu-central-1:123456789012:stateMachine:Transcode';

describe('createTranscodeStarter', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('starts the state machine with { jobId }, the execution named after the job, signed for states', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    const states = await fakeAwsJsonEndpoint(200, { executionArn: `${ARN}:t1`, startDate: 1 });
    try {
      await createTranscodeStarter({ stateMachineArn: ARN, region: 'eu-central-1', endpoint: states.endpoint }).start('t1');
      const [request] = states.requests;
      expect(request!.headers['x-amz-target']).toBe('AWSStepFunctions.StartExecution');
      expect(request!.headers['content-type']).toBe('application/x-amz-json-1.0');
      expect(request!.headers.authorization).toMatch(/Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/states\/aws4_request/);
      expect(JSON.parse(request!.body)).toEqual({ stateMachineArn: ARN, name: 't1', input: '{"jobId":"t1"}' });
    } finally {
      await states.close();
    }
  });

  it('takes a second start of the same job as done, and fails on any other refusal', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    const again = await fakeAwsJsonEndpoint(400, { __type: 'com.amazonaws.states#ExecutionAlreadyExists', message: 'exists' });
    const denied = await fakeAwsJsonEndpoint(400, { __type: 'AccessDeniedException', message: 'no' });
    try {
      await expect(createTranscodeStarter({ stateMachineArn: ARN, region: 'eu-central-1', endpoint: again.endpoint }).start('t1')).resolves.toBeUndefined();
      await expect(createTranscodeStarter({ stateMachineArn: ARN, region: 'eu-central-1', endpoint: denied.endpoint }).start('t1')).rejects.toThrow(/StartExecution refused: 400 .*AccessDenied/);
    } finally {
      await again.close();
      await denied.close();
    }
  });

  it('has nothing to start without a state machine (the local runner polls for queued jobs)', async () => {
    await expect(createTranscodeStarter({ region: 'eu-central-1' }).start('t1')).resolves.toBeUndefined();
  });
});
