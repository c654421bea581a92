import type { CaptionTrack } from '@lessonstage/shared';

/** Marks the <track> elements these helpers own, so a player's other tracks are left alone. */
const OWNED = 'data-lesson-captions';

/**
 * The WebVTT as an object URL: read once while the signed link is fresh, so turning captions on
 * later never meets an expired link, and a same-origin URL needs no CORS on the <track>.
 * Falls back to the link itself if it cannot be read.
 */
async function localCopy(track: CaptionTrack, fetcher: typeof fetch): Promise<{ src: string; objectUrl: boolean }> {
  try {
    const response = await fetcher(track.url);
    if (!response.ok) {
      return { src: track.url, objectUrl: false };
    }
    const blob = new Blob([await response.text()], { type: 'text/vtt' });
    return { src: URL.createObjectURL(blob), objectUrl: true };
  } catch {
    return { src: track.url, objectUrl: false };
  }
}

/**
 * Puts one `<track kind="captions">` per language on `video`, unless `cancelled()` by the time
 * the files are read. Tracks on the element work whatever feeds it: a plain file, the browser's
 * HLS or hls.js (MSE). Answers a function that removes these tracks (only these) again.
 */
export async function attachCaptionTracks(
  video: HTMLVideoElement,
  tracks: readonly CaptionTrack[],
  cancelled: () => boolean,
  fetcher: typeof fetch = fetch.bind(globalThis),
): Promise<() => void> {
  const copies = await Promise.all(tracks.map((track) => localCopy(track, fetcher)));
  const urls = copies.filter((copy) => copy.objectUrl).map((copy) => copy.src);
  if (cancelled()) {
    urls.forEach((url) => URL.revokeObjectURL(url));
    return () => undefined;
  }
  const elements = tracks.map((track, i) => {
    const element = video.ownerDocument.createElement('track');
    element.kind = 'captions';
    element.srclang = track.lang;
    element.label = track.label;
    element.src = copies[i]!.src;
    element.setAttribute(OWNED, '');
    video.appendChild(element);
    // Disabled until chosen: a new track may otherwise show by the browser's own choice.
    element.track.mode = 'disabled';
    return element;
  });
  return () => {
    elements.forEach((element) => element.remove());
    urls.forEach((url) => URL.revokeObjectURL(url));
  };
}

function ownedTracks(video: HTMLVideoElement): HTMLTrackElement[] {
  return Array.from(video.querySelectorAll<HTMLTrackElement>(`track[${OWNED}]`));
}

/** The language of the one track shown now, null for none; undefined when several show. */
export function shownCaptions(video: HTMLVideoElement): string | null | undefined {
  const showing = ownedTracks(video).filter((element) => element.track.mode === 'showing');
  return showing.length > 1 ? undefined : (showing[0]?.srclang ?? null);
}

/** Shows the captions in `lang` (null: none) among the tracks put on `video`. */
export function showCaptions(video: HTMLVideoElement, lang: string | null): void {
  ownedTracks(video).forEach((element) => {
    const mode: TextTrackMode = element.srclang === lang ? 'showing' : 'disabled';
    if (element.track.mode !== mode) {
      element.track.mode = mode;
    }
  });
}
