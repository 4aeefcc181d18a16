import { describe, expect, it } from 'vitest';
import type { WhyNotCode } from '../../contract/pool';
import { matchInterpreters, overlaps, type BookedSlot, type MatchCandidate, type MatchRequest } from './matching';
import { DEFAULT_POOL_SETTINGS } from './settings';

const TODAY = '2026-11-23';

/** Monday 30 Nov 2026, 10:00–11:00, on site, Arabic, normal health topic. */
const request: MatchRequest = {
  id: 100,
  startLocal: '2026-11-30T10:00',
  durationMinutes: 60,
  setting: 'onSite',
  language: 'ar',
  dialect: '',
  topic: 'health',
  sensitivity: 'normal',
  genderPreference: 'none',
  requesterId: 7,
  clientReference: 'A.K.',
};

const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id: 1,
  status: 'active',
  gender: 'female',
  focusPools: ['general', 'health', 'mentalHealth'],
  languages: [{ language: 'ar', dialect: 'Levantinisch', level: 'native' }],
  availability: [],
  absences: [],
  lastSupervisionOn: '2026-10-01',
  lastTrainingOn: '2026-03-01',
  conflicts: [],
  bookedMinutesThisMonth: 0,
  ...over,
});

const slot = (over: Partial<BookedSlot>): BookedSlot => ({
  assignmentId: 1,
  interpreterId: 1,
  startLocal: '2026-11-30T08:00',
  endLocal: '2026-11-30T09:00',
  setting: 'onSite',
  ...over,
});

interface Case {
  name: string;
  request?: Partial<MatchRequest>;
  candidate?: Partial<MatchCandidate>;
  booked?: BookedSlot[];
  settings?: Partial<typeof DEFAULT_POOL_SETTINGS>;
  whyNot: WhyNotCode[];
}

const cases: Case[] = [
  { name: 'fits: speaks the language, available, nothing booked', whyNot: [] },
  { name: 'status paused', candidate: { status: 'paused' }, whyNot: ['notActive'] },
  { name: 'status left', candidate: { status: 'left' }, whyNot: ['notActive'] },
  { name: 'language not spoken', request: { language: 'fa' }, whyNot: ['language'] },
  { name: 'dialect not spoken', request: { dialect: 'Irakisch' }, whyNot: ['dialect'] },
  { name: 'dialect exact (case-insensitive)', request: { dialect: 'levantinisch' }, whyNot: [] },
  { name: 'no dialect given on the profile fits any dialect', request: { dialect: 'Irakisch' }, candidate: { languages: [{ language: 'ar', dialect: '', level: 'fluent' }] }, whyNot: [] },
  { name: 'mental-health topic needs the mental-health pool', request: { topic: 'mentalHealth' }, candidate: { focusPools: ['general', 'health'] }, whyNot: ['focusPool'] },
  { name: 'mental-health pool rule switched off', request: { topic: 'mentalHealth' }, candidate: { focusPools: ['general'] }, settings: { mentalHealthNeedsPool: false }, whyNot: [] },
  { name: 'health topic does not need a focus pool', candidate: { focusPools: ['general'] }, whyNot: [] },
  { name: 'gender preference not met', request: { genderPreference: 'male' }, whyNot: ['gender'] },
  { name: 'gender preference met', request: { genderPreference: 'female' }, whyNot: [] },
  { name: 'inside the weekly availability (Monday 08–12)', candidate: { availability: [{ weekday: 1, from: '08:00', to: '12:00' }] }, whyNot: [] },
  { name: 'ends after the availability slot', candidate: { availability: [{ weekday: 1, from: '08:00', to: '10:30' }] }, whyNot: ['availability'] },
  { name: 'available only on another weekday', candidate: { availability: [{ weekday: 2, from: '08:00', to: '18:00' }] }, whyNot: ['availability'] },
  { name: 'absent that day', candidate: { absences: [{ from: '2026-11-28', to: '2026-11-30' }] }, whyNot: ['absence'] },
  { name: 'absence ended the day before', candidate: { absences: [{ from: '2026-11-20', to: '2026-11-29' }] }, whyNot: [] },
  { name: 'overlapping confirmed session', booked: [slot({ startLocal: '2026-11-30T10:30', endLocal: '2026-11-30T11:30' })], whyNot: ['overlap'] },
  { name: 'on site before on site: ends 09:40, buffer 30 min reaches 10:10', booked: [slot({ endLocal: '2026-11-30T09:40' })], whyNot: ['overlap'] },
  { name: 'on site before on site: ends 09:30, buffer ends exactly at 10:00', booked: [slot({ endLocal: '2026-11-30T09:30' })], whyNot: [] },
  { name: 'phone job before on site: no buffer', booked: [slot({ endLocal: '2026-11-30T09:50', setting: 'phone' })], whyNot: [] },
  { name: 'video request after on site job: no buffer', request: { setting: 'video' }, booked: [slot({ endLocal: '2026-11-30T09:55' })], whyNot: [] },
  { name: 'buffer set to 60 min', booked: [slot({ endLocal: '2026-11-30T09:30' })], settings: { travelBufferMinutes: 60 }, whyNot: ['overlap'] },
  { name: 'another interpreter’s session is irrelevant', booked: [slot({ interpreterId: 2, startLocal: '2026-11-30T10:00', endLocal: '2026-11-30T11:00' })], whyNot: [] },
  { name: 'the request’s own confirmed slot is not an overlap', booked: [slot({ assignmentId: 100, startLocal: '2026-11-30T10:00', endLocal: '2026-11-30T11:00' })], whyNot: [] },
  { name: 'sensitive: supervision older than 3 months', request: { sensitivity: 'sensitive' }, candidate: { lastSupervisionOn: '2026-08-22' }, whyNot: ['supervisionOverdue'] },
  { name: 'sensitive: supervision exactly 3 months ago is fine', request: { sensitivity: 'sensitive' }, candidate: { lastSupervisionOn: '2026-08-23' }, whyNot: [] },
  { name: 'highly sensitive: never supervised, training too old', request: { sensitivity: 'highlySensitive' }, candidate: { lastSupervisionOn: null, lastTrainingOn: '2025-11-01' }, whyNot: ['supervisionOverdue', 'trainingOverdue'] },
  { name: 'normal sensitivity ignores supervision and training', candidate: { lastSupervisionOn: null, lastTrainingOn: null }, whyNot: [] },
  { name: 'conflict of interest: requester organisation', candidate: { conflicts: [{ requesterId: 7, clientReference: '' }] }, whyNot: ['conflictOfInterest'] },
  { name: 'conflict of interest: client reference', candidate: { conflicts: [{ requesterId: null, clientReference: 'a.k.' }] }, whyNot: ['conflictOfInterest'] },
  { name: 'declared conflict with another organisation', candidate: { conflicts: [{ requesterId: 8, clientReference: 'B.M.' }] }, whyNot: [] },
  {
    name: 'several reasons at once',
    request: { topic: 'mentalHealth', sensitivity: 'sensitive' },
    candidate: { status: 'paused', focusPools: ['general'], lastSupervisionOn: null, absences: [{ from: '2026-11-30', to: '2026-11-30' }] },
    whyNot: ['notActive', 'focusPool', 'absence', 'supervisionOverdue'],
  },
];

describe('matching rules', () => {
  it.each(cases)('$name', (c) => {
    const result = matchInterpreters(
      { ...request, ...c.request },
      [candidate(c.candidate)],
      c.booked ?? [],
      { ...DEFAULT_POOL_SETTINGS, ...c.settings },
      TODAY,
    );
    if (c.whyNot.length === 0) {
      expect(result.rejected).toEqual([]);
      expect(result.proposals.map((p) => p.interpreterId)).toEqual([1]);
    } else {
      expect(result.proposals).toEqual([]);
      expect(result.rejected).toEqual([{ interpreterId: 1, whyNot: c.whyNot }]);
    }
  });
});

describe('ranking', () => {
  it('ranks fewer booked minutes this month higher (fair rotation) and says why', () => {
    const result = matchInterpreters(
      request,
      [candidate({ id: 1, bookedMinutesThisMonth: 600 }), candidate({ id: 2, bookedMinutesThisMonth: 90 }), candidate({ id: 3, bookedMinutesThisMonth: 300 })],
      [],
      DEFAULT_POOL_SETTINGS,
      TODAY,
    );
    expect(result.proposals.map((p) => p.interpreterId)).toEqual([2, 3, 1]);
    expect(result.proposals[0]!.reasons).toContain('fewerHours');
    expect(result.proposals[1]!.reasons).not.toContain('fewerHours');
  });

  it('puts an exact dialect before a general speaker even with more hours', () => {
    const result = matchInterpreters(
      { ...request, dialect: 'Levantinisch' },
      [
        candidate({ id: 1, languages: [{ language: 'ar', dialect: '', level: 'native' }], bookedMinutesThisMonth: 0 }),
        candidate({ id: 2, bookedMinutesThisMonth: 900 }),
      ],
      [],
      DEFAULT_POOL_SETTINGS,
      TODAY,
    );
    expect(result.proposals.map((p) => [p.interpreterId, p.reasons[0]])).toEqual([
      [2, 'dialectExact'],
      [1, 'languageFits'],
    ]);
  });

  it('explains every interpreter it does not propose', () => {
    const result = matchInterpreters(
      { ...request, topic: 'mentalHealth' },
      [candidate({ id: 1 }), candidate({ id: 2, focusPools: ['general'] }), candidate({ id: 3, languages: [{ language: 'tr', dialect: '', level: 'native' }] })],
      [],
      DEFAULT_POOL_SETTINGS,
      TODAY,
    );
    expect(result.proposals.map((p) => p.interpreterId)).toEqual([1]);
    expect(result.proposals[0]!.reasons).toEqual(['languageFits', 'focusPool']);
    expect(result.rejected).toEqual([
      { interpreterId: 2, whyNot: ['focusPool'] },
      { interpreterId: 3, whyNot: ['language'] },
    ]);
  });
});

describe('overlap with travel buffer', () => {
  const s = { travelBufferMinutes: 30 };
  it.each([
    ['back-to-back on site needs the buffer', '10:00', '11:00', 'onSite', '11:15', '12:00', 'onSite', true],
    ['back-to-back on site after the buffer', '10:00', '11:00', 'onSite', '11:30', '12:00', 'onSite', false],
    ['back-to-back phone', '10:00', '11:00', 'phone', '11:00', '12:00', 'onSite', false],
    ['real overlap, phone', '10:00', '11:00', 'phone', '10:59', '12:00', 'video', true],
  ] as const)('%s', (_name, s1, e1, set1, s2, e2, set2, expected) => {
    const day = '2026-11-30T';
    expect(overlaps({ startLocal: day + s1, endLocal: day + e1, setting: set1 }, { startLocal: day + s2, endLocal: day + e2, setting: set2 }, s)).toBe(expected);
  });
});
