/** Captions of demo lessons, by course and lesson id: committed WebVTT files under captions/. */
export interface DemoCaptions {
  readonly lang: string;
  readonly label: string;
  readonly file: string;
}

export const DEMO_CAPTIONS: Readonly<Record<string, readonly DemoCaptions[]>> = {
  // The guitar course's free preview, so anyone sees the captions menu on first start.
  'demo-guitar-first-chords/s1l1': [
    { lang: 'en', label: 'English', file: 'guitar-holding.en.vtt' },
    { lang: 'pt-BR', label: 'Português (Brasil)', file: 'guitar-holding.pt-BR.vtt' },
  ],
};
