import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * Business metrics as CloudWatch embedded metric format (Powertools), published by the Lambda
 * entry after each request. Off where POWERTOOLS_DEV is set (the local stack, tests).
 */
export const metrics = new Metrics({ namespace: 'Lessonstage', serviceName: 'lessonstage' });

/** Counts one occurrence of `name`, alone or per value of one dimension. */
export function countMetric(name: string, dimension?: { readonly name: string; readonly value: string }): void {
  if (!dimension) {
    metrics.addMetric(name, MetricUnit.Count, 1);
    return;
  }
  // A dimension set on the shared instance would apply to every metric of the request.
  const single = metrics.singleMetric();
  single.addDimension(dimension.name, dimension.value);
  single.addMetric(name, MetricUnit.Count, 1);
}
