import { InjectionToken } from '@angular/core';

/** Reads a video file's length in seconds in the browser; undefined when it cannot tell. */
export type VideoDurationReader = (file: Blob) => Promise<number | undefined>;

const GIVE_UP_AFTER_MS = 15_000;

/**
 * Loads only the file's metadata into a detached <video> from an object URL (allowed by the
 * site's CSP: media-src blob:) and reads `duration`.
 */
export const readVideoDuration: VideoDurationReader = (file) =>
  new Promise((resolve) => {
    const video = document.createElement('video');
    const url = URL.createObjectURL(file);
    const finish = (duration: number | undefined) => {
      clearTimeout(timer);
      video.removeAttribute('src');
      video.load();
      URL.revokeObjectURL(url);
      resolve(duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : undefined);
    };
    video.preload = 'metadata';
    video.muted = true;
    video.onloadedmetadata = () => finish(video.duration);
    video.onerror = () => finish(undefined);
    const timer = setTimeout(() => finish(undefined), GIVE_UP_AFTER_MS);
    video.src = url;
  });

export const VIDEO_DURATION_READER = new InjectionToken<VideoDurationReader>('VIDEO_DURATION_READER', {
  providedIn: 'root',
  factory: () => readVideoDuration,
});
