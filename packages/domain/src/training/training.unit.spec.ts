import { describe, expect, it } from 'vitest';
import { AssignmentKind, cadresWithoutTraining, developmentGaps, trainingHoursByCadre, TrainingKind, trainingKindLabels, type Attendance } from './training';

const rec = (cadreId: string, sessionStart: string, attended: boolean | null, hours: number): Attendance => ({ cadreId, sessionStart, attended, hours });

describe('TRN-1 training kinds', () => {
  it('TRN-1 training sessions and study trips (外出考察)', () => {
    expect(Object.values(TrainingKind)).toEqual(['TRAINING', 'STUDY_TRIP']);
    expect(trainingKindLabels.STUDY_TRIP.zh).toBe('外出考察');
  });
});

describe('TRN-2 trainingHoursByCadre: hours attended per cadre in a calendar year', () => {
  it('TRN-2 sums the hours of every attended session of the year per cadre', () => {
    const records = [rec('a', '2025-03-01', true, 8), rec('a', '2025-09-10', true, 4.5), rec('b', '2025-05-05', true, 16)];
    expect(trainingHoursByCadre(records, 2025)).toEqual(new Map([['a', 12.5], ['b', 16]]));
  });

  it('TRN-2 absent (false) and unrecorded (null) attendance does not count', () => {
    const records = [rec('a', '2025-03-01', false, 8), rec('a', '2025-04-01', null, 8), rec('a', '2025-05-01', true, 2), rec('b', '2025-05-01', null, 8)];
    const hours = trainingHoursByCadre(records, 2025);
    expect(hours.get('a')).toBe(2);
    expect(hours.has('b')).toBe(false);
  });

  it('TRN-2 the year is the year of the session\'s start: 1 Jan and 31 Dec count, the neighbouring years do not', () => {
    const records = [
      rec('a', '2024-12-31', true, 100), // a session starting in 2024 counts for 2024 even if it ran into 2025
      rec('a', '2025-01-01', true, 1),
      rec('a', '2025-12-31', true, 2),
      rec('a', '2026-01-01', true, 200),
    ];
    expect(trainingHoursByCadre(records, 2025).get('a')).toBe(3);
    expect(trainingHoursByCadre(records, 2024).get('a')).toBe(100);
    expect(trainingHoursByCadre(records, 2026).get('a')).toBe(200);
  });

  it('TRN-2 no records: an empty map', () => {
    expect(trainingHoursByCadre([], 2025).size).toBe(0);
  });
});

describe('TRN-2 cadresWithoutTraining: cadres with no training in the year are listed', () => {
  const cadres = [
    { id: 'a', name: '张伟' },
    { id: 'b', name: '李娜' },
    { id: 'c', name: '王芳' },
    { id: 'd', name: '刘强' },
  ];

  it('TRN-2 lists cadres with no record, only absences, or only other years\' training, in the given order', () => {
    const records = [
      rec('a', '2025-03-01', true, 8),
      rec('b', '2025-03-01', false, 8),
      rec('b', '2025-04-01', null, 8),
      rec('c', '2024-11-01', true, 8),
    ];
    expect(cadresWithoutTraining(cadres, records, 2025)).toEqual([cadres[1], cadres[2], cadres[3]]);
  });

  it('TRN-2 a cadre whose attended hours total 0 is listed', () => {
    expect(cadresWithoutTraining([cadres[0]!], [rec('a', '2025-03-01', true, 0)], 2025)).toEqual([cadres[0]]);
  });

  it('TRN-2 every cadre trained: nobody listed; no cadres: nobody listed', () => {
    const records = cadres.map((c) => rec(c.id, '2025-06-01', true, 1));
    expect(cadresWithoutTraining(cadres, records, 2025)).toEqual([]);
    expect(cadresWithoutTraining([], records, 2025)).toEqual([]);
  });

  it('TRN-2 records of cadres not in the list are ignored', () => {
    expect(cadresWithoutTraining([cadres[0]!], [rec('zzz', '2025-03-01', true, 8)], 2025)).toEqual([cadres[0]]);
  });
});

describe('RES-5 developmentGaps: broad exposure and at least one independent responsibility', () => {
  const exposure = { kind: AssignmentKind.EXPOSURE };
  const independent = { kind: AssignmentKind.INDEPENDENT_RESPONSIBILITY };

  it('RES-5 no assignments at all: no exposure and no independent responsibility', () => {
    expect(developmentGaps([], false)).toEqual(['NO_EXPOSURE', 'NO_INDEPENDENT_RESPONSIBILITY']);
  });

  it('RES-5 a college-graduate official with no assignments: the same two gaps (not the "needs more" one)', () => {
    expect(developmentGaps([], true)).toEqual(['NO_EXPOSURE', 'NO_INDEPENDENT_RESPONSIBILITY']);
  });

  it('RES-5 exposure and one independent responsibility: no gap for an ordinary reserve', () => {
    expect(developmentGaps([exposure, independent], false)).toEqual([]);
  });

  it('RES-5 exposure only: lacks an independent responsibility', () => {
    expect(developmentGaps([exposure, exposure], false)).toEqual(['NO_INDEPENDENT_RESPONSIBILITY']);
  });

  it('RES-5 independent responsibility only: lacks exposure', () => {
    expect(developmentGaps([independent], false)).toEqual(['NO_EXPOSURE']);
  });

  it('RES-5 a college-graduate official with one independent responsibility needs more (heavier assignments)', () => {
    expect(developmentGaps([exposure, independent], true)).toEqual(['COLLEGE_GRADUATE_NEEDS_MORE']);
  });

  it('RES-5 a college-graduate official with two independent responsibilities and exposure: no gap', () => {
    expect(developmentGaps([exposure, independent, independent], true)).toEqual([]);
  });

  it('RES-5 a college-graduate official with one independent responsibility and no exposure: both gaps', () => {
    expect(developmentGaps([independent], true)).toEqual(['NO_EXPOSURE', 'COLLEGE_GRADUATE_NEEDS_MORE']);
  });
});
