import type { LearningGain, SexCount } from '@ikiraro/contracts';
import type { TrainingFigures } from './training-figures.ts';

/** Counts by sex with `counts` added (or taken away, `sign` −1); a sex at zero stays listed. */
export function plusBySex(
  bySex: Readonly<Record<string, number>>,
  counts: readonly SexCount[],
  sign: 1 | -1 = 1,
): Record<string, number> {
  const next = { ...bySex };
  for (const { sex, count } of counts) next[sex] = (next[sex] ?? 0) + sign * count;
  return next;
}

/** The mean of the gains given, rounded to 3 decimals; null when none is. */
export function meanOf(gains: readonly (number | undefined)[]): number | null {
  const known = gains.filter((g): g is number => g !== undefined);
  if (known.length === 0) return null;
  return Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 1000) / 1000;
}

/** The figures with a ToT's cohort learning gain set (a second report for the ToT replaces the first). */
export function withLearningGain(
  state: TrainingFigures,
  totId: string,
  cohort: LearningGain,
): TrainingFigures {
  const learningGainByTot = { ...state.learningGainByTot, [totId]: { ...cohort } };
  return {
    ...state,
    learningGainByTot,
    meanGain: meanOf(Object.values(learningGainByTot).map((c) => c.gain)),
  };
}

/** The figures with one certificate counted (`sign` 1, issued) or taken back (−1, revoked). */
export function withCertificate(
  state: TrainingFigures,
  kind: 'training' | 'service',
  sex: string,
  sign: 1 | -1,
): TrainingFigures {
  if (kind === 'service') return { ...state, certificatesOfService: state.certificatesOfService + sign };
  return {
    ...state,
    trainersTrained: state.trainersTrained + sign,
    trainersTrainedBySex: plusBySex(state.trainersTrainedBySex, [{ sex, count: 1 }], sign),
  };
}
