import { createHash } from 'node:crypto';
import { Duration, Names, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  KeyGroup,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  PublicKey,
  ResponseHeadersPolicy,
  S3OriginAccessControl,
  SecurityPolicyProtocol,
  Signing,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { ORIGIN_VERIFY_HEADER } from '@lessonstage/backend/routes';
import { Construct } from 'constructs';
import { API_TOKEN_FUNCTION, MEDIA_PREFIX_FUNCTION, SPA_REWRITE_FUNCTION } from './cdn-functions';
import { contentSecurityPolicyWithStorage, HSTS_MAX_AGE_SECONDS } from '@lessonstage/shared';

/** Key prefix of the content bucket that CloudFront may read: thumbnails and other public media. */
export const PUBLIC_MEDIA_PREFIX = 'public/';
/** Key prefix of transcoded lessons (HLS): readable through CloudFront with a signed cookie only. */
export const HLS_MEDIA_PREFIX = 'hls/';

export interface CdnProps {
  readonly siteBucket: IBucket;
  /** The content bucket itself: it receives the read grant for public/* only. */
  readonly contentBucket: IBucket;
  /** The content bucket's name as a plain string, see StorageConstruct.contentBucketName. */
  readonly contentBucketName: string;
  /** Origin of presigned S3 URLs, allowed in the CSP (StorageConstruct.contentBucketOrigin). */
  readonly contentBucketOrigin: string;
  /** Where presigned uploads go with Transfer Acceleration (StorageConstruct.contentBucketUploadOrigin). */
  readonly contentBucketUploadOrigin?: string;
  readonly httpApi: HttpApi;
  /** Sent to the API as x-origin-verify, which the functions require (ApiConstruct). */
  readonly originVerifySecret: ISecret;
  readonly logBucket: IBucket;
  /** ARN of the CLOUDFRONT-scope web ACL (edge stack, us-east-1). */
  readonly webAclArn: string;
  readonly domainName?: string;
  readonly certificateArn?: string;
  /** The public key (PEM) whose private half signs the HLS cookies (AppConfig.hlsPublicKeyPem). */
  readonly hlsPublicKeyPem: string;
}

/**
 * The one CloudFront distribution: the Angular site (default), the API (/api/*), public media
 * (/media/public/*) and lesson streams behind signed cookies (/media/hls/*), all behind the WAF
 * and one security-headers policy.
 */
export class CdnConstruct extends Construct {
  readonly distribution: Distribution;
  readonly securityHeaders: ResponseHeadersPolicy;
  /** https://<custom domain or CloudFront domain>: where the site runs. */
  readonly siteOrigin: string;
  /** The CloudFront public key of the HLS cookies: its id is the cookies' CloudFront-Key-Pair-Id. */
  readonly hlsPublicKey: PublicKey;
  readonly hlsKeyGroup: KeyGroup;

  constructor(scope: Construct, id: string, props: CdnProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Lessonstage security headers (CSP, HSTS, nosniff, frame DENY, referrer policy)',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicyWithStorage(props.contentBucketOrigin, props.contentBucketUploadOrigin), override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'Serve /index.html for Angular routes (paths without a file extension)',
      code: FunctionCode.fromInline(SPA_REWRITE_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });
    const mediaPrefix = new CloudFrontFunction(this, 'MediaPrefix', {
      comment: 'Map /media/public/* and /media/hls/* to the content bucket keys public/* and hls/*',
      code: FunctionCode.fromInline(MEDIA_PREFIX_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    const apiToken = new CloudFrontFunction(this, 'ApiToken', {
      comment: 'Pass the access token (cookie or Bearer) to the API JWT authorizer',
      code: FunctionCode.fromInline(API_TOKEN_FUNCTION),
      runtime: FunctionRuntime.JS_2_0,
    });

    // Content origin: built from the bucket's name, not the bucket resource (see contentBucketName),
    // with an origin access control whose bucket-policy grant is limited to public/* (below).
    const contentOac = new S3OriginAccessControl(this, 'ContentOac', {
      description: 'Lessonstage public media',
      signing: Signing.SIGV4_ALWAYS,
    });
    const contentBucketRef = Bucket.fromBucketAttributes(this, 'ContentBucketRef', {
      bucketName: props.contentBucketName,
      region: stack.region,
    });
    const contentOrigin = S3BucketOrigin.withBucketDefaults(contentBucketRef, {
      originAccessControlId: contentOac.originAccessControlId,
    });

    const apiOrigin = new HttpOrigin(`${props.httpApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      // Replaces any x-origin-verify a viewer sends: only CloudFront can set it.
      customHeaders: { [ORIGIN_VERIFY_HEADER]: props.originVerifySecret.secretValue.unsafeUnwrap() },
    });

    // CloudFront cannot change a public key's value in place: a new key replaces the resource, so
    // its name follows the key (the old and the new name must differ while both exist).
    const keyHash = createHash('sha256').update(props.hlsPublicKeyPem.trim()).digest('hex').slice(0, 16);
    this.hlsPublicKey = new PublicKey(this, 'HlsPublicKey', {
      publicKeyName: `${Names.uniqueResourceName(this, { maxLength: 100 })}-hls-${keyHash}`,
      comment: 'Lessonstage: checks the signed cookies of lesson streams (/media/hls/*)',
      encodedKey: props.hlsPublicKeyPem,
    });
    this.hlsKeyGroup = new KeyGroup(this, 'HlsKeyGroup', {
      comment: 'Lessonstage: signers of lesson stream cookies',
      items: [this.hlsPublicKey],
    });

    const customDomain = props.domainName && props.certificateArn;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Lessonstage site, API, public media and lesson streams',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      ...(customDomain
        ? {
            domainNames: [props.domainName!],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn!),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(props.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: this.securityHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: apiOrigin,
          // Never redirect an API call: a redirected POST loses its body.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.securityHeaders,
          functionAssociations: [{ function: apiToken, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        '/media/public/*': {
          origin: contentOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          compress: true,
          responseHeadersPolicy: this.securityHeaders,
          functionAssociations: [{ function: mediaPrefix, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
        // Lesson streams: CloudFront checks the signed cookies (custom policy scoped to one
        // lesson's folder) against the key group before anything else; same origin as the site,
        // so no CORS. Originals (courses/*) stay reachable only through presigned links.
        '/media/hls/*': {
          origin: contentOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          // The cookies are checked at the edge and are not part of the cache key: one cached copy
          // of a segment serves every student allowed to see it.
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          compress: true,
          trustedKeyGroups: [this.hlsKeyGroup],
          responseHeadersPolicy: this.securityHeaders,
          functionAssociations: [{ function: mediaPrefix, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });

    // CloudFront reads public/* and hls/* of the content bucket, nothing else: originals stay private.
    props.contentBucket.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudFrontReadsPublicMediaAndStreams',
        principals: [new ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: [props.contentBucket.arnForObjects(`${PUBLIC_MEDIA_PREFIX}*`), props.contentBucket.arnForObjects(`${HLS_MEDIA_PREFIX}*`)],
        conditions: { StringEquals: { 'AWS:SourceArn': this.distribution.distributionArn } },
      }),
    );

    this.siteOrigin = `https://${props.domainName ?? this.distribution.distributionDomainName}`;

    NagSuppressions.addResourceSuppressions(this.distribution, [
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Lessonstage sells lessons worldwide; there is no country the service must be withheld from.',
      },
      ...(customDomain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes (TLSv1). Deploying with domainName/certificateArn sets TLSv1.2_2021.',
            },
          ]),
    ]);
  }
}
