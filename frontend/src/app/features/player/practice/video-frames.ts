/**
 * Calls `onFrame(prevMs, nowMs)` with the video time of each frame shown while it plays: from
 * requestVideoFrameCallback where there is one (the presented frame's own time), else from
 * animation frames. `prevMs` is null on the first frame after a seek or a start, so a jump is
 * never mistaken for playback crossing a point.
 */
export function watchFrames(video: HTMLVideoElement, onFrame: (prevMs: number | null, nowMs: number) => void): () => void {
  let prev: number | null = null;
  let handle: number | null = null;
  const useVideoFrames = typeof video.requestVideoFrameCallback === 'function';

  const tick = (mediaTime: number) => {
    handle = null;
    const now = mediaTime * 1000;
    onFrame(prev, now);
    prev = video.seeking ? null : now;
    if (!video.paused) request();
  };
  const request = () => {
    if (handle !== null) return;
    handle = useVideoFrames
      ? video.requestVideoFrameCallback((_, meta) => tick(meta.mediaTime))
      : requestAnimationFrame(() => tick(video.currentTime));
  };
  const cancel = () => {
    if (handle === null) return;
    if (useVideoFrames) video.cancelVideoFrameCallback(handle);
    else cancelAnimationFrame(handle);
    handle = null;
  };
  const onSeeking = () => (prev = null);
  const onPlay = () => {
    prev = null;
    request();
  };

  video.addEventListener('seeking', onSeeking);
  video.addEventListener('play', onPlay);
  if (!video.paused) request();
  return () => {
    cancel();
    video.removeEventListener('seeking', onSeeking);
    video.removeEventListener('play', onPlay);
  };
}
