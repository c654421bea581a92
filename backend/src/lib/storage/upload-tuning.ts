import { operatorDefault } from '../operator-settings';

/** When an upload goes in parts, and how big the parts are at least (S3 needs ≥ 5 MiB but for the last). */
export interface UploadTuning {
  readonly multipartThresholdBytes: number;
  readonly minPartBytes: number;
}

export const DEFAULT_UPLOAD_TUNING: UploadTuning = {
  multipartThresholdBytes: operatorDefault('UPLOAD_MULTIPART_THRESHOLD_BYTES'),
  minPartBytes: operatorDefault('UPLOAD_MIN_PART_BYTES'),
};
