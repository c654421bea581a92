import type * as AlphaTab from '@coderline/alphatab';
import { FrameInterval } from './frame-interval';

/**
 * Makes alphaTab (external-media mode) follow a `<video>`: its cursor takes the video's time on
 * every animation frame while playing, aimed half a frame ahead since it holds until the next
 * frame (see FrameInterval), and on each seek (alphaTab has no clock of its own here),
 * and its own seeks, plays and pauses (a click on a beat) go to the video. The page owns the
 * speed, so alphaTab's rate requests are ignored: the cursor stays right either way.
 */
export function followVideo(api: AlphaTab.AlphaTabApi, video: HTMLVideoElement): () => void {
  const handler: AlphaTab.synth.IExternalMediaHandler = {
    get backingTrackDuration() {
      return Number.isFinite(video.duration) ? video.duration * 1000 : 0;
    },
    get playbackRate() {
      return video.playbackRate;
    },
    set playbackRate(_rate: number) {
      // the page's speed control decides
    },
    get masterVolume() {
      return video.volume;
    },
    set masterVolume(volume: number) {
      video.volume = volume;
    },
    seekTo: (ms) => (video.currentTime = ms / 1000),
    play: () => void video.play()?.catch(() => undefined),
    pause: () => video.pause(),
  };
  const output = () => api.player?.output as AlphaTab.synth.IExternalMediaSynthOutput | undefined;
  const attach = () => {
    const out = output();
    if (out) out.handler = handler;
  };
  const update = () => output()?.updatePosition(video.currentTime * 1000);
  const frames = new FrameInterval();

  let frame: number | null = null;
  const loop = (timestamp: number) => {
    if (video.paused) {
      frame = null;
      update();
      return;
    }
    output()?.updatePosition(video.currentTime * 1000 + (frames.tick(timestamp) / 2) * video.playbackRate);
    frame = requestAnimationFrame(loop);
  };
  const onPlay = () => {
    if (api.playerState !== 1) api.play(); // 1: PlayerState.Playing
    frames.restart();
    if (frame === null) frame = requestAnimationFrame(loop);
  };
  // While the frame loop runs it is ahead of timeupdate's plain time: that would step the cursor back.
  const onTimeUpdate = () => {
    if (frame === null) update();
  };
  const onPause = () => {
    if (api.playerState === 1) api.pause();
    update();
  };

  attach();
  api.playerReady.on(attach);
  video.addEventListener('play', onPlay);
  video.addEventListener('pause', onPause);
  video.addEventListener('seeked', update);
  video.addEventListener('timeupdate', onTimeUpdate);
  if (!video.paused) onPlay();
  return () => {
    api.playerReady.off(attach);
    if (frame !== null) cancelAnimationFrame(frame);
    video.removeEventListener('play', onPlay);
    video.removeEventListener('pause', onPause);
    video.removeEventListener('seeked', update);
    video.removeEventListener('timeupdate', onTimeUpdate);
  };
}
