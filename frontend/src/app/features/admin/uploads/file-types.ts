import { captionContentType, UPLOAD_RULES, type UploadKind } from '@lessonstage/shared/authoring-rules';

/**
 * Content types browsers often leave empty (File.type is ''), guessed from the extension.
 * Only types the API accepts; anything else is sent as the browser reports it.
 */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  gp: 'application/x-guitar-pro',
  gp3: 'application/x-guitar-pro',
  gp4: 'application/x-guitar-pro',
  gp5: 'application/x-guitar-pro',
  gpx: 'application/x-guitar-pro',
  musicxml: 'application/vnd.recordare.musicxml+xml',
  mxl: 'application/vnd.recordare.musicxml',
  flac: 'audio/flac',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
};

/** The `accept` of each kind's file picker: the API's types, plus extensions for the ones above. */
export const ACCEPT: Readonly<Record<UploadKind, string>> = {
  video: UPLOAD_RULES.video.contentTypes.join(','),
  thumbnail: UPLOAD_RULES.thumbnail.contentTypes.join(','),
  material: [
    ...UPLOAD_RULES.material.contentTypes,
    ...Object.keys(BY_EXTENSION).map((extension) => `.${extension}`),
  ].join(','),
  // Scores are told apart by their bytes on the server: the picker offers the usual extensions.
  score: ['.gp', '.gpx', '.gp3', '.gp4', '.gp5', '.musicxml', '.mxl', '.xml', '.alphatex', '.atex', '.txt'].join(','),
  captions: ['.vtt', '.srt', ...UPLOAD_RULES.captions.contentTypes].join(','),
};

/** The content type to ask for: File.type, or a guess from the extension when the browser has none. */
export function contentTypeOf(file: File): string {
  // Browsers type .srt files anyhow ('', text/plain, application/x-subrip): named by extension.
  const captions = captionContentType(file.name);
  if (captions) {
    return captions;
  }
  if (file.type) {
    return file.type;
  }
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || '';
}
