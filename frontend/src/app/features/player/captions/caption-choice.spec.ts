import type { CaptionTrack } from '@lessonstage/shared';

import { chooseCaptions } from './caption-choice';

const track = (lang: string): CaptionTrack => ({ lang, label: lang, url: `/${lang}.vtt` });

describe('chooseCaptions', () => {
  const tracks = [track('en'), track('pt-BR')];

  it('keeps captions off unless the student turned them on', () => {
    expect(chooseCaptions(null, tracks)).toBeNull();
    expect(chooseCaptions('off', tracks)).toBeNull();
  });

  it('picks the same language, else one of its family, else none', () => {
    expect(chooseCaptions('pt-BR', tracks)).toBe('pt-BR');
    expect(chooseCaptions('pt-br', tracks)).toBe('pt-BR');
    expect(chooseCaptions('pt-PT', tracks)).toBe('pt-BR');
    expect(chooseCaptions('en-GB', tracks)).toBe('en');
    expect(chooseCaptions('de', tracks)).toBeNull();
    expect(chooseCaptions('en', [])).toBeNull();
  });
});
