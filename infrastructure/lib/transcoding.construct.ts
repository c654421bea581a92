import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction, SfnStateMachine } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnJobTemplate } from 'aws-cdk-lib/aws-mediaconvert';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import {
  Choice,
  Condition,
  DefinitionBody,
  Fail,
  IntegrationPattern,
  JsonPath,
  LogLevel,
  StateMachine,
  Succeed,
  TaskInput,
  Timeout,
  type INextable,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke, MediaConvertCreateJob } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { accessOf } from './domain-access';
import { DomainFunction, type DomainFunctionProps } from './domain-function.construct';
import { transcodeClaimEntry, transcodeFinishEntry } from './paths';
import { audioJobSettings, MAX_RUNGS, videoJobSettings, type JobLocations, type JobSettings } from './transcode-job-settings';

/** Key pattern of lesson originals (S3 wildcard) and the prefix of every transcode output. */
export const LESSON_ORIGINALS = 'courses/*/lessons/*/video/*';
export const HLS_PREFIX = 'hls/';
/** Originals that get the audio-only template, by the uploaded file's extension (upload keys keep it). */
export const AUDIO_ORIGINALS = ['mp3', 'm4a', 'wav', 'flac'].flatMap((ext) => [`*.${ext}`, `*.${ext.toUpperCase()}`]);
/** Environment variable with the state machine's ARN (functions that may start it). */
export const TRANSCODE_STATE_MACHINE_ENV = 'TRANSCODE_STATE_MACHINE_ARN';

export interface TranscodingProps extends Omit<DomainFunctionProps, 'job' | 'domain' | 'access'> {
  /** The content bucket's name as a plain string (StorageConstruct.contentBucketName). */
  readonly contentBucketName: string;
  readonly contentBucket: IBucket;
}

/**
 * Lesson transcoding on AWS. An original landing under LESSON_ORIGINALS (S3 → EventBridge
 * "Object Created") starts the state machine; so does the Retry route (StartExecution with
 * `{ "jobId": … }`). The steps' shapes are the handlers' (their header comments):
 *
 * 1. ClaimJob (transcode-claim.handler.ts) gets the execution's input as it is and answers
 *    `{ claimed: false, reason }` (ends) or `{ claimed: true, jobId, leaseOwner, courseId, lessonId,
 *    input, destination, outputPrefix }`, kept as `$.claim`.
 * 2. MediaConvert CreateJob `.sync` with the audio template when `input` ends in an audio
 *    extension (AUDIO_ORIGINALS), else the video one with the claim's `ladder` (1–4 rungs of
 *    { width, height, maxBitrate }, never above the original: TranscodeVideo1…4 by its length),
 *    reading `input`, writing under `destination`; Step Functions waits for the job's completion
 *    event (EventBridge).
 * 3. Finish (transcode-finish.handler.ts) gets `{ jobId, leaseOwner, status: "COMPLETE" }`, or
 *    `{ jobId, leaseOwner, status: "ERROR", errorMessage }` when the job failed, timed out or could
 *    not start (`errorMessage`: the caught error as JSON, MediaConvert's message inside); after
 *    recording a failure the execution fails.
 */
export class TranscodingConstruct extends Construct {
  readonly claim: DomainFunction;
  readonly finish: DomainFunction;
  readonly stateMachine: StateMachine;
  readonly mediaConvertRole: Role;
  readonly templates: { readonly video: CfnJobTemplate; readonly audio: CfnJobTemplate };
  readonly rule: Rule;
  readonly progressRule: Rule;

  constructor(scope: Construct, id: string, props: TranscodingProps) {
    super(scope, id);
    this.claim = new DomainFunction(this, 'Claim', {
      ...props,
      domain: 'transcode-claim',
      access: accessOf('transcode-claim'),
      job: { entry: transcodeClaimEntry(), description: 'Lessonstage: claims a transcode job (state machine step 1)', timeout: Duration.seconds(30) },
    });
    this.finish = new DomainFunction(this, 'Finish', {
      ...props,
      domain: 'transcode-finish',
      access: accessOf('transcode-finish'),
      // Deleting the lesson's previous output folder can mean thousands of segments.
      job: { entry: transcodeFinishEntry(), description: 'Lessonstage: records a transcode job\'s outcome (state machine step 3)', timeout: Duration.minutes(5) },
    });

    this.mediaConvertRole = new Role(this, 'MediaConvertRole', {
      assumedBy: new ServicePrincipal('mediaconvert.amazonaws.com'),
      description: 'Lessonstage: MediaConvert reads lesson originals and writes HLS output',
    });
    this.mediaConvertRole.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [props.contentBucket.arnForObjects(LESSON_ORIGINALS)] }));
    this.mediaConvertRole.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [props.contentBucket.arnForObjects(`${HLS_PREFIX}*`)] }));

    const templateName = (kind: string) => `lessonstage-${props.stage}-lesson-${kind}`;
    this.templates = {
      video: new CfnJobTemplate(this, 'VideoTemplate', {
        name: templateName('video'),
        description: 'Lessonstage: lesson video to HLS (360/540/720/1080 fMP4, AAC, 2 s GOP, 2 s segments), poster, seek previews',
        settingsJson: videoJobSettings(),
        statusUpdateInterval: 'SECONDS_10',
      }),
      audio: new CfnJobTemplate(this, 'AudioTemplate', {
        name: templateName('audio'),
        description: 'Lessonstage: audio-only lesson to HLS (AAC, 2 s segments)',
        settingsJson: audioJobSettings(),
        statusUpdateInterval: 'SECONDS_10',
      }),
    };

    this.stateMachine = this.buildStateMachine(props);
    NagSuppressions.addResourceSuppressions(this.mediaConvertRole, [
      {
        id: 'AwsSolutions-IAM5',
        reason: `MediaConvert reads lesson originals (${LESSON_ORIGINALS}) and writes under ${HLS_PREFIX}*; object keys are only known per job.`,
        appliesTo: [{ regex: '/^Resource::<.*ContentBucket.*\\.Arn>\\/.*\\*$/g' }],
      },
    ], true);

    // S3 sends every Object Created to EventBridge (StorageConstruct); this rule keeps lesson originals.
    this.rule = new Rule(this, 'OriginalUploaded', {
      description: 'Lessonstage: a lesson original was uploaded; start its transcode',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.contentBucketName] }, object: { key: [{ wildcard: LESSON_ORIGINALS }] } },
      },
      targets: [new SfnStateMachine(this.stateMachine, { retryAttempts: 4 })],
    });

    // MediaConvert's STATUS_UPDATE events (every 10 s) of our jobs carry jobPercentComplete: the
    // finish function records it on the job, so the editor's "Transcoding 42 %" moves on AWS too.
    this.progressRule = new Rule(this, 'TranscodeProgress', {
      description: 'Lessonstage: a lesson transcode reported progress; record its percent',
      eventPattern: {
        source: ['aws.mediaconvert'],
        detailType: ['MediaConvert Job State Change'],
        detail: { status: ['STATUS_UPDATE'], userMetadata: { lessonstageJobId: [{ exists: true }] } },
      },
      // A lost update is replaced by the next one 10 s later: no long retries.
      targets: [new LambdaFunction(this.finish.function, { retryAttempts: 1, maxEventAge: Duration.minutes(2) })],
    });
  }

  /** Functions whose DOMAIN_ACCESS has startTranscode may start executions (a retried job) and get the ARN. */
  allowStartFrom(functions: Iterable<DomainFunction>): void {
    for (const fn of functions) {
      if (!fn.access.startTranscode) continue;
      this.stateMachine.grantStartExecution(fn.role);
      fn.function.addEnvironment(TRANSCODE_STATE_MACHINE_ENV, this.stateMachine.stateMachineArn);
    }
  }

  private buildStateMachine(props: TranscodingProps): StateMachine {
    const claim = new LambdaInvoke(this, 'ClaimJob', {
      lambdaFunction: this.claim.function,
      // No payload: the function gets the state's input, the execution's input, as it is.
      payloadResponseOnly: true,
      resultPath: '$.claim',
    });
    const jobOf = { jobId: JsonPath.stringAt('$.claim.jobId'), leaseOwner: JsonPath.stringAt('$.claim.leaseOwner') };
    const finishFailed = new LambdaInvoke(this, 'RecordFailure', {
      lambdaFunction: this.finish.function,
      // The whole caught error as text: a Catch always has it, while its Cause may be missing or not JSON.
      payload: TaskInput.fromObject({ ...jobOf, status: 'ERROR', errorMessage: JsonPath.jsonToString(JsonPath.objectAt('$.error')) }),
      payloadResponseOnly: true,
      resultPath: JsonPath.DISCARD,
    }).next(new Fail(this, 'TranscodeFailed', { error: 'TranscodeFailed', cause: 'Recorded as failed on the job (see its reason)' }));
    const finishReady = new LambdaInvoke(this, 'RecordReady', {
      lambdaFunction: this.finish.function,
      payload: TaskInput.fromObject({ ...jobOf, status: 'COMPLETE' }),
      payloadResponseOnly: true,
      resultPath: JsonPath.DISCARD,
    }).next(new Succeed(this, 'Transcoded'));

    const job = (id: string, template: CfnJobTemplate, settings: typeof videoJobSettings, rungs = 0) =>
      this.createJob(id, template, settings, rungs).addCatch(finishFailed, { resultPath: '$.error' }).next(finishReady);
    const isAudio = Condition.or(...AUDIO_ORIGINALS.map((pattern) => Condition.stringMatches('$.claim.input', pattern)));
    const choice = new Choice(this, 'Claimed?')
      .when(Condition.booleanEquals('$.claim.claimed', false), new Succeed(this, 'NothingToDo'))
      .when(isAudio, job('TranscodeAudio', this.templates.audio, audioJobSettings));
    // One CreateJob per rung count (Step Functions cannot shape an array): the claim's ladder has
    // 1–MAX_RUNGS rungs, none above the original's size; its length picks the task.
    for (let rungs = MAX_RUNGS; rungs > 1; rungs--) {
      choice.when(Condition.isPresent(`$.claim.ladder[${rungs - 1}]`), job(`TranscodeVideo${rungs}`, this.templates.video, videoJobSettings, rungs));
    }
    const definition = claim.next(choice.otherwise(job('TranscodeVideo1', this.templates.video, videoJobSettings, 1)));

    const logGroup = new LogGroup(this, 'StateMachineLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: props.stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    const stateMachine = new StateMachine(this, 'StateMachine', {
      comment: 'Lessonstage: transcode a lesson original to HLS with MediaConvert',
      definitionBody: DefinitionBody.fromChainable(definition),
      timeout: Duration.hours(4),
      tracingEnabled: true,
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: false },
    });
    NagSuppressions.addResourceSuppressions(
      stateMachine,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'lambda:InvokeFunction on the claim and finish functions and their versions (`<arn>:*`, as the Lambda task grants it); no other function.',
          appliesTo: [{ regex: '/^Resource::<Transcoding(Claim|Finish)Function.*\\.Arn>:\\*$/g' }],
        },
        {
          id: 'AwsSolutions-IAM5',
          reason:
            'Resource "*" as the Step Functions tasks grant it: mediaconvert:CreateJob/GetJob/CancelJob (job ARNs do not exist before CreateJob; the job runs only as the passed MediaConvert role), and the X-Ray and CloudWatch Logs delivery actions, which support no resource-level permissions.',
          appliesTo: ['Resource::*'],
        },
      ],
      true,
    );
    return stateMachine;
  }

  private createJob(id: string, template: CfnJobTemplate, settings: (locations: JobLocations) => JobSettings, rungs: number): MediaConvertCreateJob & INextable {
    const rung = (i: number) => `$.claim.ladder[${i}]`;
    const locations: JobLocations = {
      input: JsonPath.stringAt('$.claim.input'),
      // `destination` ends in "/": MediaConvert names the files after the basename it is given.
      destination: (basename: string) => JsonPath.format(`{}${basename}`, JsonPath.stringAt('$.claim.destination')),
      ladder: Array.from({ length: rungs }, (_, i) => ({
        width: JsonPath.numberAt(`${rung(i)}.width`),
        height: JsonPath.numberAt(`${rung(i)}.height`),
        maxBitrate: JsonPath.numberAt(`${rung(i)}.maxBitrate`),
      })),
    };
    return new MediaConvertCreateJob(this, id, {
      createJobRequest: {
        Role: this.mediaConvertRole.roleArn,
        JobTemplate: template.attrName,
        // The template's settings, with this job's input and output folder: the whole settings are
        // given so the job does not depend on how MediaConvert merges partial overrides.
        Settings: settings(locations),
        StatusUpdateInterval: 'SECONDS_10',
        // Read back from MediaConvert's status events (progressRule): which job, held by which execution.
        UserMetadata: { lessonstageJobId: JsonPath.stringAt('$.claim.jobId'), lessonstageLeaseOwner: JsonPath.stringAt('$.claim.leaseOwner') },
      },
      integrationPattern: IntegrationPattern.RUN_JOB,
      resultSelector: { mediaConvertJobId: JsonPath.stringAt('$.Job.Id') },
      resultPath: '$.result',
      taskTimeout: Timeout.duration(Duration.hours(3)),
    });
  }
}
