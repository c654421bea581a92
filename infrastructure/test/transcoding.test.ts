import { DOMAIN_NAMES } from '@lessonstage/backend/routes';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { HLS_LADDER, KEYFRAME_SECONDS, SEGMENT_SECONDS, THUMBNAIL_SECONDS } from '../lib/transcode-job-settings';
import { AUDIO_ORIGINALS, LESSON_ORIGINALS, TRANSCODE_STATE_MACHINE_ENV } from '../lib/transcoding.construct';
import { actionsOf, at, list, type CfnResource, type CfnResources } from './support/cfn';
import { synthesize } from './support/synth';

/** The state machine's definition as JSON, CloudFormation references replaced by "<ref>". */
function definitionOf(template: Template): { StartAt: string; States: Record<string, Record<string, unknown>> } {
  const [machine] = Object.values(template.findResources('AWS::StepFunctions::StateMachine') as CfnResources);
  const body = at(machine, 'Properties', 'DefinitionString');
  const parts = (at(body, 'Fn::Join', 1) as unknown[] | undefined) ?? [body];
  return JSON.parse(parts.map((part) => (typeof part === 'string' ? part : '<ref>')).join(''));
}

function statementsOfRole(template: Template, roleId: string): unknown[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }) as CfnResources;
  return Object.values(policies).flatMap((policy) => list(policy, 'Properties', 'PolicyDocument', 'Statement'));
}

function functionByDescription(template: Template, description: RegExp): [string, CfnResource] {
  const found = Object.entries(template.findResources('AWS::Lambda::Function') as CfnResources).filter(([, fn]) =>
    description.test(String(at(fn, 'Properties', 'Description'))),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

const roleOf = (fn: CfnResource) => at(fn, 'Properties', 'Role', 'Fn::GetAtt', 0) as string;

describe('transcoding on AWS', () => {
  let app: Template;

  beforeAll(() => {
    app = Template.fromStack(synthesize({ bundle: false }).app);
  });

  it('sends the content bucket\'s object events to EventBridge, and starts the state machine for lesson originals only', () => {
    app.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith(['lessonstage-dev-content-'])] }),
      NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } },
    });
    app.resourceCountIs('AWS::Events::Rule', 2);
    const [machineId] = Object.keys(app.findResources('AWS::StepFunctions::StateMachine'));
    app.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.s3'],
        'detail-type': ['Object Created'],
        detail: { bucket: { name: [Match.anyValue()] }, object: { key: [{ wildcard: LESSON_ORIGINALS }] } },
      },
      Targets: [Match.objectLike({ Arn: { Ref: machineId } })],
    });
  });

  it('runs claim → MediaConvert .sync (video or audio template) → finish, recording a failure before failing', () => {
    const { StartAt, States } = definitionOf(app);
    expect(StartAt).toBe('ClaimJob');
    // The execution's input as it is: the S3 event, or { jobId } from the Retry route.
    expect(States.ClaimJob).toMatchObject({ Type: 'Task', ResultPath: '$.claim' });
    expect(States.ClaimJob!.Parameters).toBeUndefined();
    expect(States.ClaimJob!.InputPath).toBeUndefined();
    expect(States.NothingToDo).toEqual({ Type: 'Succeed' });
    const [notClaimed, audio] = list(States['Claimed?'], 'Choices');
    expect(notClaimed).toEqual({ Variable: '$.claim.claimed', BooleanEquals: false, Next: 'NothingToDo' });
    expect(audio).toEqual({ Or: AUDIO_ORIGINALS.map((pattern) => ({ Variable: '$.claim.input', StringMatches: pattern })), Next: 'TranscodeAudio' });
    expect(AUDIO_ORIGINALS).toEqual(expect.arrayContaining(['*.mp3', '*.m4a', '*.wav', '*.flac', '*.MP3']));
    expect(at(States['Claimed?'], 'Default')).toBe('TranscodeVideo1');
    // The claim's ladder (never above the original) picks the task by its length.
    expect(list(States['Claimed?'], 'Choices').slice(2)).toEqual([4, 3, 2].map((n) => ({ Variable: `$.claim.ladder[${n - 1}]`, IsPresent: true, Next: `TranscodeVideo${n}` })));
    for (const n of [1, 2, 3, 4]) {
      const outputs = list(at(States[`TranscodeVideo${n}`], 'Parameters', 'Settings', 'OutputGroups', 0), 'Outputs').filter((o) => at(o, 'VideoDescription'));
      expect(outputs.map((o) => at(o, 'VideoDescription', 'Height.$'))).toEqual(Array.from({ length: n }, (_, i) => `$.claim.ladder[${i}].height`));
      expect(outputs.map((o) => at(o, 'VideoDescription', 'Width.$'))).toEqual(Array.from({ length: n }, (_, i) => `$.claim.ladder[${i}].width`));
      expect(outputs.map((o) => at(o, 'VideoDescription', 'CodecSettings', 'H264Settings', 'MaxBitrate.$'))).toEqual(Array.from({ length: n }, (_, i) => `$.claim.ladder[${i}].maxBitrate`));
    }
    for (const task of ['TranscodeVideo1', 'TranscodeVideo2', 'TranscodeVideo3', 'TranscodeVideo4', 'TranscodeAudio']) {
      const state = States[task]!;
      expect(String(state.Resource), task).toMatch(/:states:::mediaconvert:createJob\.sync$/);
      expect(state.Catch, task).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RecordFailure' }]);
      expect(state.Next, task).toBe('RecordReady');
      const settings = JSON.stringify(at(state, 'Parameters', 'Settings'));
      expect(settings).toContain('"FileInput.$":"$.claim.input"');
      expect(settings).toContain(`"Destination.$":"States.Format('{}master', $.claim.destination)"`);
      expect(at(state, 'Parameters', 'JobTemplate')).toBe('<ref>');
    }
    const job = { 'jobId.$': '$.claim.jobId', 'leaseOwner.$': '$.claim.leaseOwner' };
    expect(States.RecordReady).toMatchObject({ Parameters: { ...job, status: 'COMPLETE' }, Next: 'Transcoded' });
    expect(States.RecordFailure).toMatchObject({ Parameters: { ...job, status: 'ERROR', 'errorMessage.$': 'States.JsonToString($.error)' }, Next: 'TranscodeFailed' });
    expect(States.TranscodeFailed).toMatchObject({ Type: 'Fail' });
  });

  it('records MediaConvert\'s progress: its STATUS_UPDATE events of our jobs go to the finish function', () => {
    const [, finish] = functionByDescription(app, /records a transcode job/);
    const [finishId] = Object.entries(app.findResources('AWS::Lambda::Function') as CfnResources).find(([, fn]) => fn === finish)!;
    app.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.mediaconvert'],
        'detail-type': ['MediaConvert Job State Change'],
        detail: { status: ['STATUS_UPDATE'], userMetadata: { lessonstageJobId: [{ exists: true }] } },
      },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [finishId, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 1 }) })],
    });
    app.hasResourceProperties('AWS::Lambda::Permission', { Action: 'lambda:InvokeFunction', Principal: 'events.amazonaws.com', FunctionName: { 'Fn::GetAtt': [finishId, 'Arn'] } });
    // The job tells the events which job and which execution's lease they are about.
    const { States } = definitionOf(app);
    expect(at(States.TranscodeVideo1, 'Parameters', 'UserMetadata')).toEqual({ 'lessonstageJobId.$': '$.claim.jobId', 'lessonstageLeaseOwner.$': '$.claim.leaseOwner' });
    expect(at(States.TranscodeVideo1, 'Parameters', 'StatusUpdateInterval')).toBe('SECONDS_10');
  });

  it('traces and logs the state machine', () => {
    app.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  it('has job templates with the ladder, 2 s keyframes, 2 s fMP4 segments, AAC, a poster and preview frames', () => {
    app.resourceCountIs('AWS::MediaConvert::JobTemplate', 2);
    const templates = Object.values(app.findResources('AWS::MediaConvert::JobTemplate') as CfnResources);
    const video = templates.find((t) => at(t, 'Properties', 'Name') === 'lessonstage-dev-lesson-video')!;
    const groups = list(video, 'Properties', 'SettingsJson', 'OutputGroups');
    const hls = groups.find((g) => at(g, 'Name') === 'HLS');
    expect(at(hls, 'OutputGroupSettings', 'CmafGroupSettings')).toMatchObject({ SegmentLength: SEGMENT_SECONDS, FragmentLength: KEYFRAME_SECONDS, WriteHlsManifest: 'ENABLED' });
    const outputs = list(hls, 'Outputs');
    expect(outputs.map((o) => at(o, 'VideoDescription', 'Height')).filter(Boolean)).toEqual(HLS_LADDER.map((r) => r.height));
    expect(at(list(video, 'Properties', 'SettingsJson', 'Inputs')[0], 'VideoSelector', 'Rotate')).toBe('AUTO');
    for (const output of outputs.filter((o) => at(o, 'VideoDescription'))) {
      // Never upscaled: a rung above the original comes out at the original's size.
      expect(at(output, 'VideoDescription', 'ScalingBehavior')).toBe('FIT_NO_UPSCALE');
      expect(at(output, 'VideoDescription', 'CodecSettings', 'H264Settings')).toMatchObject({ GopSize: KEYFRAME_SECONDS, GopSizeUnits: 'SECONDS', SceneChangeDetect: 'DISABLED' });
    }
    expect(JSON.stringify(outputs)).toContain('"Codec":"AAC"');
    const thumbnails = groups.find((g) => at(g, 'Name') === 'Thumbnails');
    expect(at(list(thumbnails, 'Outputs')[0], 'VideoDescription', 'CodecSettings', 'FrameCaptureSettings')).toMatchObject({ FramerateDenominator: THUMBNAIL_SECONDS });
    expect(groups.some((g) => at(g, 'Name') === 'Poster')).toBe(true);
    // Templates name no bucket: each job brings its own input and folder.
    expect(JSON.stringify(templates)).not.toMatch(/s3:\/\//);
    const audio = templates.find((t) => at(t, 'Properties', 'Name') === 'lessonstage-dev-lesson-audio')!;
    expect(JSON.stringify(at(audio, 'Properties', 'SettingsJson'))).not.toContain('VideoDescription');
  });

  it('lets MediaConvert read lesson originals and write hls/* only', () => {
    const [roleId] = Object.keys(
      app.findResources('AWS::IAM::Role', { Properties: { AssumeRolePolicyDocument: Match.objectLike({ Statement: [Match.objectLike({ Principal: { Service: 'mediaconvert.amazonaws.com' } })] }) } }),
    );
    const statements = statementsOfRole(app, roleId!).map((s) => ({ actions: actionsOf(s), resource: JSON.stringify(at(s, 'Resource')) }));
    expect(statements).toEqual([
      { actions: ['s3:GetObject'], resource: expect.stringContaining(`"/${LESSON_ORIGINALS}"`) },
      { actions: ['s3:PutObject'], resource: expect.stringContaining('"/hls/*"') },
    ]);
  });

  it('lets the state machine invoke its two steps, run MediaConvert as that role, and nothing else', () => {
    const [, machine] = Object.entries(app.findResources('AWS::StepFunctions::StateMachine') as CfnResources)[0]!;
    const statements = statementsOfRole(app, at(machine, 'Properties', 'RoleArn', 'Fn::GetAtt', 0) as string);
    const invoke = statements.filter((s) => actionsOf(s).includes('lambda:InvokeFunction'));
    expect(JSON.stringify(invoke).match(/"Fn::GetAtt":\["([^"]+)"/g)!.every((ref) => /Transcoding(Claim|Finish)Function/.test(ref))).toBe(true);
    const passRole = statements.find((s) => actionsOf(s).includes('iam:PassRole'));
    expect(at(passRole, 'Resource', 'Fn::GetAtt', 0)).toMatch(/MediaConvertRole/);
    expect(at(passRole, 'Condition', 'StringLike', 'iam:PassedToService')).toBe('mediaconvert.amazonaws.com');
    const allActions = statements.flatMap(actionsOf);
    expect(allActions.filter((a) => !/^(lambda|iam|mediaconvert|events|logs|xray):/.test(a))).toEqual([]);
  });

  it('gives claim the Transcodes table and the originals\' headers only, finish also the lesson and hls/* (read, write, list, delete) only', () => {
    const [, claim] = functionByDescription(app, /claims a transcode job/);
    const claimStatements = statementsOfRole(app, roleOf(claim));
    // The original's header only (its picture size plans the ladder).
    const claimS3 = claimStatements.filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    expect(claimS3.flatMap(actionsOf)).toEqual(['s3:GetObject']);
    expect(JSON.stringify(at(claimS3[0], 'Resource')).match(/"\/[^"]*"/g)).toEqual([`"/${LESSON_ORIGINALS}"`]);
    const tables = JSON.stringify(claimStatements.filter((s) => actionsOf(s).some((a) => a.startsWith('dynamodb:'))));
    expect(tables).toMatch(/TranscodesTable/);
    expect(tables).not.toMatch(/CoursesTable/);

    const [, finish] = functionByDescription(app, /records a transcode job/);
    const s3 = statementsOfRole(app, roleOf(finish)).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));
    expect(s3.flatMap(actionsOf).sort()).toEqual(['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:ListBucket', 's3:PutObject']);
    for (const grant of s3) {
      const resource = JSON.stringify(at(grant, 'Resource'));
      if (actionsOf(grant).includes('s3:ListBucket')) expect(resource).not.toContain('/');
      else expect(resource.match(/"\/[^"]*"/g)).toEqual(['"/hls/*"']);
    }
    expect(at(finish, 'Properties', 'Timeout')).toBe(300);
  });

  it('lets authoring (retry) start the state machine, and no other function', () => {
    const [machineId] = Object.keys(app.findResources('AWS::StepFunctions::StateMachine'));
    for (const domain of DOMAIN_NAMES) {
      const [, fn] = functionByDescription(app, new RegExp(`^Lessonstage API: ${domain} routes$`));
      const start = statementsOfRole(app, roleOf(fn)).filter((s) => actionsOf(s).some((a) => a.startsWith('states:')));
      const variables = at(fn, 'Properties', 'Environment', 'Variables') as Record<string, unknown>;
      if (domain === 'authoring') {
        expect(start.map((s) => ({ actions: actionsOf(s), resource: at(s, 'Resource') }))).toEqual([{ actions: ['states:StartExecution'], resource: { Ref: machineId } }]);
        expect(variables[TRANSCODE_STATE_MACHINE_ENV]).toEqual({ Ref: machineId });
      } else {
        expect(start, domain).toEqual([]);
        expect(variables[TRANSCODE_STATE_MACHINE_ENV], domain).toBeUndefined();
      }
    }
  });
});
