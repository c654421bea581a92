import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { DomainFunction, type DomainFunctionProps } from './domain-function.construct';
import { weeklyPracticeMailEntry } from './paths';

/**
 * Monday 12:00 UTC: every time zone (UTC-12 to UTC+14) is then past its Sunday midnight and not
 * yet past Tuesday's, so "last week" is the same Monday-to-Sunday for every student.
 */
export const WEEKLY_PRACTICE_MAIL_CRON = { minute: '0', hour: '12', weekDay: 'MON' } as const;

/** The weekly practice e-mail job: a function with the practice-mail domain's access, run by EventBridge Scheduler. */
export class WeeklyPracticeMailConstruct extends Construct {
  readonly job: DomainFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: Omit<DomainFunctionProps, 'job' | 'domain'>) {
    super(scope, id);
    this.job = new DomainFunction(this, 'Job', {
      ...props,
      domain: 'weekly-practice-mail',
      // Sends one e-mail at a time per student, five at once: minutes for thousands of students.
      job: { entry: weeklyPracticeMailEntry(), description: 'Lessonstage: the weekly practice e-mail job', timeout: Duration.minutes(15) },
    });
    // Its own role (instead of the stack-wide one the target would make): it may invoke this function only.
    const invoker = new Role(this, 'SchedulerRole', { assumedBy: new ServicePrincipal('scheduler.amazonaws.com'), description: 'Lessonstage: runs the weekly practice e-mail job' });
    this.schedule = new Schedule(this, 'Weekly', {
      description: 'Lessonstage: the weekly practice e-mail, Monday 12:00 UTC',
      schedule: ScheduleExpression.cron(WEEKLY_PRACTICE_MAIL_CRON),
      // No retries: a second invocation would skip the e-mails already sent, but a run that timed
      // out is better looked at (its log says how far it came) than started again blind.
      target: new LambdaInvoke(this.job.function, { input: ScheduleTargetInput.fromObject({ job: 'weekly-practice-mail' }), retryAttempts: 0, role: invoker }),
    });
    NagSuppressions.addResourceSuppressions(
      invoker,
      [
        {
          id: 'AwsSolutions-IAM5',
          reason: 'lambda:InvokeFunction on the job function and its versions (`<arn>:*`, as Function.grantInvoke grants it); no other function.',
          appliesTo: [{ regex: '/^Resource::<.*WeeklyPracticeMailJobFunction.*\\.Arn>:\\*$/g' }],
        },
      ],
      true,
    );
  }
}
