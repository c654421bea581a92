import type { Currency, Instrument, Level } from '@lessonstage/shared';
import { DRUMS_ROCK_GROOVE, GUITAR_BLUES_RIFF, PIANO_SCALE_STUDY } from './scores/demo-exercises';
import type { Exercise } from './scores/exercise';

/**
 * A lesson: its title, or its title and either an exercise (its clip, score and sync points
 * all come from it) or a tempo alone, for the metronome.
 */
export type DemoLesson = string | { readonly title: string; readonly exercise: Exercise } | { readonly title: string; readonly tempoBpm: number };

/** Demo catalog of the local stack. Ids are fixed so that seeding again changes nothing. */
export interface DemoCourse {
  readonly courseId: string;
  readonly title: string;
  readonly description: string;
  readonly instrument: Instrument;
  readonly level: Level;
  readonly priceCents: number;
  readonly currency: Currency;
  readonly teacherName: string;
  readonly sections: readonly { readonly title: string; readonly lessons: readonly DemoLesson[] }[];
}

export const DEMO_COURSES: readonly DemoCourse[] = [
  {
    courseId: 'demo-guitar-first-chords',
    title: 'Guitar from Zero: Your First Chords',
    description: 'Hold the guitar, tune it by ear and play your first six open chords with clean changes. Ends with a complete song.',
    instrument: 'guitar',
    level: 'beginner',
    priceCents: 2900,
    currency: 'USD',
    teacherName: 'Marta Ruiz',
    sections: [
      { title: 'Getting started', lessons: ['Holding the guitar and the pick', 'Tuning by ear'] },
      { title: 'Open chords', lessons: ['E minor and A minor', 'C, G and D', 'Changing chords in time'] },
      { title: 'Your first song', lessons: ['Strumming patterns', 'Putting it together'] },
    ],
  },
  {
    courseId: 'demo-piano-reading',
    title: 'Piano Basics: Reading and Playing',
    description: 'Learn to read the treble and bass clefs while playing short pieces with both hands.',
    instrument: 'piano',
    level: 'beginner',
    priceCents: 3400,
    currency: 'USD',
    teacherName: 'Daniel Okafor',
    sections: [
      { title: 'The keyboard', lessons: [{ title: 'Finding middle C', exercise: PIANO_SCALE_STUDY }, 'Five-finger position'] },
      { title: 'Reading music', lessons: ['The treble clef', 'The bass clef', 'Rhythm values'] },
      { title: 'Hands together', lessons: ['A first duet with yourself', 'Minuet in G, simplified'] },
    ],
  },
  {
    courseId: 'demo-drums-groove',
    title: 'Drum Grooves That Work',
    description: 'Rock, funk and shuffle grooves with fills that fit. Practise with a click and lock in with a band.',
    instrument: 'drums',
    level: 'intermediate',
    priceCents: 3900,
    currency: 'USD',
    teacherName: 'Kenji Watanabe',
    sections: [
      { title: 'Time feel', lessons: [{ title: 'Playing with a click', exercise: DRUMS_ROCK_GROOVE }, 'Ghost notes'] },
      { title: 'Grooves', lessons: [{ title: 'Eighth-note rock', tempoBpm: 96 }, 'Sixteenth-note funk', 'The shuffle'] },
      { title: 'Fills', lessons: ['Fills that land on one', 'Crash and resolve'] },
    ],
  },
  {
    courseId: 'demo-bass-walking',
    title: 'Walking Bass Lines',
    description: 'Build walking lines over blues and jazz standards from chord tones, approach notes and scales.',
    instrument: 'bass',
    level: 'intermediate',
    priceCents: 4500,
    currency: 'EUR',
    teacherName: 'Lena Fischer',
    sections: [
      { title: 'Foundations', lessons: ['Roots and fifths', 'Chord tones in two-feel'] },
      { title: 'Walking', lessons: ['Chromatic approach notes', { title: 'Walking the blues', tempoBpm: 120 }, 'Rhythm changes'] },
    ],
  },
  {
    courseId: 'demo-voice-warmups',
    title: 'Singing with Confidence',
    description: 'Breath support, daily warm-ups and pitch accuracy, so you can sing your favourite songs without strain.',
    instrument: 'voice',
    level: 'beginner',
    priceCents: 0,
    currency: 'USD',
    teacherName: 'Amara Mensah',
    sections: [
      { title: 'Breath', lessons: ['Breathing low', 'Sustaining a note'] },
      { title: 'Daily warm-ups', lessons: ['Lip trills and sirens', 'Five-note scales'] },
      { title: 'Singing songs', lessons: ['Matching pitch', 'Phrasing a melody'] },
    ],
  },
  {
    courseId: 'demo-violin-vibrato',
    title: 'Violin Vibrato and Tone',
    description: 'Develop a warm, controlled vibrato and a singing tone with bow-speed and contact-point exercises.',
    instrument: 'violin',
    level: 'advanced',
    priceCents: 5900,
    currency: 'GBP',
    teacherName: 'Sofia Petrova',
    sections: [
      { title: 'Tone production', lessons: ['Contact point and bow speed', 'Long tones'] },
      { title: 'Vibrato', lessons: ['Arm vibrato', 'Wrist vibrato', 'Vibrato in a phrase'] },
    ],
  },
  {
    courseId: 'demo-ukulele-strumming',
    title: 'Ukulele Strumming Songbook',
    description: 'Ten strumming patterns and the songs that use them. Perfect for your first month on the ukulele.',
    instrument: 'ukulele',
    level: 'beginner',
    priceCents: 1900,
    currency: 'USD',
    teacherName: 'Noa Kealoha',
    sections: [
      { title: 'Basics', lessons: ['C, Am, F and G', { title: 'The down-up strum', tempoBpm: 80 }] },
      { title: 'Patterns', lessons: ['Island strum', 'Chunking', 'Triplet strum'] },
    ],
  },
  {
    courseId: 'demo-sax-improvisation',
    title: 'Saxophone Improvisation Workshop',
    description: 'Play over ii-V-I progressions with guide tones, enclosures and motifs, with backing tracks in every key.',
    instrument: 'saxophone',
    level: 'advanced',
    priceCents: 6900,
    currency: 'USD',
    teacherName: 'Miles Carter',
    sections: [
      { title: 'Language', lessons: ['Guide tones', 'Enclosures'] },
      { title: 'Playing changes', lessons: ['The ii-V-I in major', 'Minor ii-V-i', 'Building a solo from a motif'] },
    ],
  },
  {
    courseId: 'demo-guitar-blues-lead',
    title: 'Blues Lead Guitar',
    description: 'Bends, vibrato and the minor pentatonic boxes, then phrasing a twelve-bar solo like the masters.',
    instrument: 'guitar',
    level: 'intermediate',
    priceCents: 4900,
    currency: 'USD',
    teacherName: 'Marta Ruiz',
    sections: [
      { title: 'The twelve-bar form', lessons: [{ title: 'A twelve-bar boogie riff', exercise: GUITAR_BLUES_RIFF }] },
      { title: 'Technique', lessons: ['Bending in tune', 'Finger vibrato'] },
      { title: 'Scales', lessons: ['Pentatonic box one', 'Connecting the boxes'] },
      { title: 'Soloing', lessons: ['Call and response', 'A twelve-bar solo'] },
    ],
  },
  {
    courseId: 'demo-piano-jazz-voicings',
    title: 'Jazz Piano Voicings',
    description: 'Rootless voicings, shell chords and comping rhythms for playing standards with a band or alone.',
    instrument: 'piano',
    level: 'advanced',
    priceCents: 5400,
    currency: 'EUR',
    teacherName: 'Daniel Okafor',
    sections: [
      { title: 'Shells', lessons: ['Shell voicings', 'Guide-tone lines'] },
      { title: 'Rootless voicings', lessons: ['A and B voicings', 'Comping rhythms', 'Autumn Leaves, comped'] },
    ],
  },
];
