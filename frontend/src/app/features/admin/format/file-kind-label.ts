const LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/vnd.recordare.musicxml+xml': 'MusicXML',
  'application/vnd.recordare.musicxml': 'MusicXML (compressed)',
  'application/x-guitar-pro': 'Guitar Pro',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'QuickTime video',
  'video/webm': 'WebM video',
};

/** A content type as people know it: "application/pdf" → "PDF", "audio/mpeg" → "MPEG audio". */
export function fileKindLabel(contentType: string): string {
  const known = LABELS[contentType];
  if (known) {
    return known;
  }
  const audio = /^audio\/(?:x-)?(.+)$/.exec(contentType);
  return audio ? `${audio[1].toUpperCase()} audio` : contentType;
}
