// The W3C's WebVTT parser (the one behind its online validator) ships no types: only what we use.
declare module 'webvtt-parser' {
  export interface WebVTTParseError {
    readonly message: string;
    /** 1-based line of the input the parser was on. */
    readonly line: number;
    readonly col?: number;
  }
  export interface WebVTTParsedCue {
    readonly id: string;
    readonly startTime: number;
    readonly endTime: number;
    readonly text: string;
  }
  export class WebVTTParser {
    parse(input: string, mode?: 'metadata' | 'chapters'): { cues: WebVTTParsedCue[]; errors: WebVTTParseError[] };
  }
  // A UMD file whose exports Node cannot list for ESM: only its default (module.exports) imports.
  const webvtt: { readonly WebVTTParser: typeof WebVTTParser };
  export default webvtt;
}
