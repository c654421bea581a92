import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { Stage } from './app-config';

const FIVE_MINUTES = Duration.minutes(5);

/** Thresholds of the alarms, in one place. */
export const ALARM_THRESHOLDS = {
  lambdaErrors: 1,
  lambdaP99DurationMs: 3000,
  api5xx: 5,
} as const;

export interface MonitoringProps {
  readonly stage: Stage;
  /** Backend domain → its function. */
  readonly functions: ReadonlyMap<string, IFunction>;
  readonly httpApi: HttpApi;
  readonly alarmEmail?: string;
  /**
   * The transcode state machine and its finish step. A failed transcode of a broken upload is the
   * teacher's news (the editor shows it), not an operator's; a timed-out execution or a finish step
   * that throws (a job left without its outcome) is.
   */
  readonly transcoding?: { readonly stateMachine: IStateMachine; readonly finish: IFunction };
}

/** Alarms on every API function and on the HTTP API's 5xx, published to one encrypted SNS topic. */
export class MonitoringConstruct extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const prod = props.stage === 'prod';

    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key: a customer key it may use.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Lessonstage alarm topic',
      enableKeyRotation: true,
      removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.topic = new Topic(this, 'AlarmTopic', {
      displayName: `Lessonstage ${props.stage} alarms`,
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    const action = new SnsAction(this.topic);
    const alarm = (alarmId: string, description: string, metric: IMetric, threshold: number, comparison: ComparisonOperator) => {
      const created = new Alarm(this, alarmId, {
        alarmDescription: description,
        metric,
        threshold,
        comparisonOperator: comparison,
        evaluationPeriods: 1,
        datapointsToAlarm: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    };

    for (const [domain, fn] of props.functions) {
      alarm(
        `${domain}Errors`,
        `Lessonstage ${props.stage}: the ${domain} function threw at least once in 5 minutes`,
        fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        ALARM_THRESHOLDS.lambdaErrors,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      );
      alarm(
        `${domain}DurationP99`,
        `Lessonstage ${props.stage}: p99 duration of the ${domain} function above 3 s over 5 minutes`,
        fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' }),
        ALARM_THRESHOLDS.lambdaP99DurationMs,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
      );
    }
    alarm(
      'Api5xx',
      `Lessonstage ${props.stage}: at least 5 server errors from the HTTP API in 5 minutes`,
      props.httpApi.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
      ALARM_THRESHOLDS.api5xx,
      ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    );
    if (props.transcoding) {
      alarm(
        'TranscodeTimedOut',
        `Lessonstage ${props.stage}: a transcode execution timed out (its job was never recorded as ready or failed)`,
        props.transcoding.stateMachine.metricTimedOut({ period: FIVE_MINUTES, statistic: 'Sum' }),
        1,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      );
      alarm(
        'TranscodeFinishErrors',
        `Lessonstage ${props.stage}: the transcode finish step threw (a job may be left without its outcome)`,
        props.transcoding.finish.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
        ALARM_THRESHOLDS.lambdaErrors,
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      );
    }
  }
}
