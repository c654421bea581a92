/** Demo reviewers: stored users without a sign-in (no Cognito account), enrolled in what they review. */
export const DEMO_REVIEWERS = [
  { userId: 'demo-reviewer-maya', name: 'Maya R.' },
  { userId: 'demo-reviewer-jonas', name: 'Jonas K.' },
  { userId: 'demo-reviewer-ana', name: 'Ana P.' },
  { userId: 'demo-reviewer-tom', name: 'Tom W.' },
] as const;

type ReviewerId = (typeof DEMO_REVIEWERS)[number]['userId'];

export interface DemoReview {
  readonly courseId: string;
  readonly userId: ReviewerId;
  readonly rating: number;
  readonly text: string;
  /** The teacher's answer, written by the seeded administrator. */
  readonly reply?: string;
}

/** A few reviews on most demo courses, so the catalog's cards show stars on first start. */
export const DEMO_REVIEWS: readonly DemoReview[] = [
  { courseId: 'demo-guitar-first-chords', userId: 'demo-reviewer-maya', rating: 5, text: 'I could play **G, C and D** by the end of the first week. The slow demonstrations help a lot.', reply: 'Thank you, Maya! Keep those chord changes slow and clean.' },
  { courseId: 'demo-guitar-first-chords', userId: 'demo-reviewer-jonas', rating: 4, text: 'Clear and patient. I wish there were more strumming patterns.' },
  { courseId: 'demo-guitar-first-chords', userId: 'demo-reviewer-tom', rating: 5, text: '' },
  { courseId: 'demo-piano-reading', userId: 'demo-reviewer-ana', rating: 4, text: 'Reading both clefs finally makes sense.' },
  { courseId: 'demo-piano-reading', userId: 'demo-reviewer-maya', rating: 5, text: 'Short lessons, good exercises.' },
  { courseId: 'demo-drums-groove', userId: 'demo-reviewer-tom', rating: 5, text: 'Practising with the click changed my timing.' },
  { courseId: 'demo-drums-groove', userId: 'demo-reviewer-jonas', rating: 3, text: 'Good grooves, but the fills go fast.' },
  { courseId: 'demo-bass-walking', userId: 'demo-reviewer-ana', rating: 4, text: 'Walking the blues is my new favourite warm-up.' },
  { courseId: 'demo-voice-warmups', userId: 'demo-reviewer-maya', rating: 5, text: 'My voice feels ready in ten minutes.' },
  { courseId: 'demo-voice-warmups', userId: 'demo-reviewer-ana', rating: 5, text: '' },
  { courseId: 'demo-violin-vibrato', userId: 'demo-reviewer-jonas', rating: 4, text: 'Vibrato is hard; these steps make it doable.' },
  { courseId: 'demo-ukulele-strumming', userId: 'demo-reviewer-tom', rating: 4, text: 'Fun from the first lesson.' },
  { courseId: 'demo-guitar-blues-lead', userId: 'demo-reviewer-tom', rating: 5, text: 'The boogie riff with the score following along is great.' },
  { courseId: 'demo-guitar-blues-lead', userId: 'demo-reviewer-maya', rating: 4, text: 'Bends take practice — the loop tool helps.' },
];
