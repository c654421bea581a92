/**
 * AWS Elemental MediaConvert settings of a lesson transcode: the same ladder as the local ffmpeg
 * runner (360/540/720/1080 never above the source, AAC, keyframes every 2 s aligned across renditions, 2 s fMP4
 * segments), a poster and seek-preview frames. Plain JSON, no CDK types: the job templates are
 * made from it and the state machine passes the same settings with the job's own input and
 * output locations filled in.
 */

/**
 * One rung: the box MediaConvert fits the picture into (FIT_NO_UPSCALE: aspect kept, never larger
 * than the source) and its peak bitrate (QVBR ceiling). Each job gets its rungs from the claim step
 * (the backend's mediaConvertLadder: the local runner's ladder for the original's size, 1–4 rungs,
 * none above the source); numbers here, or Step Functions paths that resolve to numbers.
 */
export interface LadderRung {
  readonly width: number;
  readonly height: number;
  readonly maxBitrate: number;
}

/** Most rungs a job has (360/540/720/1080). */
export const MAX_RUNGS = 4;

/**
 * The templates' own ladder (a job brings its own): every rung as a square box of its 16:9 long
 * side, which fits landscape and portrait by the short side; FIT_NO_UPSCALE keeps one above the
 * source at the source's size.
 */
export const HLS_LADDER: readonly LadderRung[] = [
  { width: 640, height: 640, maxBitrate: 880_000 },
  { width: 960, height: 960, maxBitrate: 1_540_000 },
  { width: 1280, height: 1280, maxBitrate: 3_080_000 },
  { width: 1920, height: 1920, maxBitrate: 5_500_000 },
];

export const SEGMENT_SECONDS = 2;
export const KEYFRAME_SECONDS = 2;
export const AUDIO = { bitrate: 128_000, sampleRate: 48_000 } as const;
/** One seek-preview frame every THUMBNAIL_SECONDS, THUMBNAIL_SIZE large (letterboxed, like the local sprites' cells). */
export const THUMBNAIL_SECONDS = 5;
export const THUMBNAIL_SIZE = { width: 160, height: 90 } as const;
/** Poster frames: at 0 s and at POSTER_SECONDS (the second one is the poster when the video is that long). */
export const POSTER_SECONDS = 10;

/**
 * Where one job's files go, relative to `hls/<courseId>/<lessonId>/<jobId>/`: MediaConvert adds
 * the name modifiers and extensions (`master.m3u8`, `master_v0.m3u8`, `master_v0_00001.cmfv`,
 * `poster.0000001.jpg`, `thumbs/thumb.0000000.jpg`, …; finish makes poster.jpg and thumbnails.vtt).
 */
export const OUTPUT_BASENAMES = { stream: 'master', poster: 'poster', thumbnails: 'thumbs/thumb' } as const;

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
export type JobSettings = { readonly [key: string]: Json };

/** `s3://bucket/hls/c/l/j/` (or a Step Functions path that resolves to it) + a basename, and the job's rungs. */
export interface JobLocations {
  readonly input: string;
  readonly destination: (basename: string) => string;
  readonly ladder?: readonly LadderRung[];
}

const AUDIO_SELECTOR = 'Audio Selector 1';

const aac = {
  Codec: 'AAC',
  AacSettings: { Bitrate: AUDIO.bitrate, CodingMode: 'CODING_MODE_2_0', SampleRate: AUDIO.sampleRate },
};

function h264Rung(index: number, rung: LadderRung): JobSettings {
  return {
    // By position: a job's sizes are only known when it runs.
    NameModifier: `_v${index}`,
    ContainerSettings: { Container: 'CMFC' },
    VideoDescription: {
      Width: rung.width,
      Height: rung.height,
      ScalingBehavior: 'FIT_NO_UPSCALE',
      AntiAlias: 'ENABLED',
      CodecSettings: {
        Codec: 'H_264',
        H264Settings: {
          RateControlMode: 'QVBR',
          QvbrSettings: { QvbrQualityLevel: 7 },
          MaxBitrate: rung.maxBitrate,
          CodecProfile: 'HIGH',
          CodecLevel: 'AUTO',
          QualityTuningLevel: 'SINGLE_PASS_HQ',
          // Fixed 2 s GOPs with no scene-change keyframes: every rendition cuts at the same times,
          // so a loop or a seek lands on a keyframe whatever rung is playing.
          GopSize: KEYFRAME_SECONDS,
          GopSizeUnits: 'SECONDS',
          GopClosedCadence: 1,
          SceneChangeDetect: 'DISABLED',
          FramerateControl: 'INITIALIZE_FROM_SOURCE',
          ParControl: 'INITIALIZE_FROM_SOURCE',
        },
      },
    },
  };
}

function frameCapture(name: string, destination: string | undefined, size: { width: number; height: number }, everySeconds: number, maxCaptures: number): JobSettings {
  return {
    Name: name,
    OutputGroupSettings: { Type: 'FILE_GROUP_SETTINGS', FileGroupSettings: destinationOf(destination) },
    Outputs: [
      {
        ContainerSettings: { Container: 'RAW' },
        Extension: 'jpg',
        VideoDescription: {
          Width: size.width,
          Height: size.height,
          // Kept whole inside the frame (black bars), never stretched: portrait videos too.
          ScalingBehavior: 'FIT',
          CodecSettings: {
            Codec: 'FRAME_CAPTURE',
            FrameCaptureSettings: { FramerateNumerator: 1, FramerateDenominator: everySeconds, MaxCaptures: maxCaptures, Quality: 80 },
          },
        },
      },
    ],
  };
}

function inputs(input: string | undefined, video: boolean): Json {
  return [
    {
      ...(input === undefined ? {} : { FileInput: input }),
      AudioSelectors: { [AUDIO_SELECTOR]: { DefaultSelection: 'DEFAULT' } },
      // AUTO: a phone's rotation flag is applied, so portrait recordings come out portrait.
      ...(video ? { VideoSelector: { Rotate: 'AUTO' } } : {}),
      TimecodeSource: 'ZEROBASED',
    },
  ];
}

/** A video lesson: the CMAF (fMP4) HLS ladder with one shared AAC rendition, the poster and the seek-preview frames. */
export function videoJobSettings(locations?: JobLocations): JobSettings {
  const destination = (basename: string) => locations?.destination(basename);
  return {
    TimecodeConfig: { Source: 'ZEROBASED' },
    Inputs: inputs(locations?.input, true),
    OutputGroups: [
      {
        Name: 'HLS',
        OutputGroupSettings: {
          Type: 'CMAF_GROUP_SETTINGS',
          CmafGroupSettings: {
            ...destinationOf(destination(OUTPUT_BASENAMES.stream)),
            SegmentLength: SEGMENT_SECONDS,
            FragmentLength: KEYFRAME_SECONDS,
            SegmentControl: 'SEGMENTED_FILES',
            WriteHlsManifest: 'ENABLED',
            WriteDashManifest: 'DISABLED',
            StreamInfResolution: 'INCLUDE',
            CodecSpecification: 'RFC_6381',
            ManifestDurationFormat: 'FLOATING_POINT',
            ClientCache: 'ENABLED',
          },
        },
        Outputs: [
          ...(locations?.ladder ?? HLS_LADDER).map((rung, i) => h264Rung(i, rung)),
          { NameModifier: '_audio', ContainerSettings: { Container: 'CMFC' }, AudioDescriptions: [{ AudioSourceName: AUDIO_SELECTOR, CodecSettings: aac }] },
        ],
      },
      frameCapture('Poster', destination(OUTPUT_BASENAMES.poster), { width: 1280, height: 720 }, POSTER_SECONDS, 2),
      frameCapture('Thumbnails', destination(OUTPUT_BASENAMES.thumbnails), THUMBNAIL_SIZE, THUMBNAIL_SECONDS, 10_000_000),
    ],
  };
}

/** An audio-only lesson (mp3, m4a, wav, flac): one AAC rendition as HLS (the course cover is its poster). */
export function audioJobSettings(locations?: JobLocations): JobSettings {
  const destination = locations?.destination(OUTPUT_BASENAMES.stream);
  return {
    TimecodeConfig: { Source: 'ZEROBASED' },
    Inputs: inputs(locations?.input, false),
    OutputGroups: [
      {
        Name: 'HLS',
        OutputGroupSettings: {
          Type: 'HLS_GROUP_SETTINGS',
          HlsGroupSettings: {
            ...destinationOf(destination),
            SegmentLength: SEGMENT_SECONDS,
            MinSegmentLength: 0,
            SegmentControl: 'SEGMENTED_FILES',
            CodecSpecification: 'RFC_6381',
            ManifestDurationFormat: 'FLOATING_POINT',
            ClientCache: 'ENABLED',
          },
        },
        Outputs: [
          {
            NameModifier: '_audio',
            ContainerSettings: { Container: 'M3U8' },
            OutputSettings: { HlsSettings: { AudioOnlyContainer: 'AUTOMATIC' } },
            AudioDescriptions: [{ AudioSourceName: AUDIO_SELECTOR, CodecSettings: aac }],
          },
        ],
      },
    ],
  };
}

/** Templates carry no destination (each job brings its own). */
function destinationOf(destination: string | undefined): { readonly Destination?: string } {
  return destination === undefined ? {} : { Destination: destination };
}
