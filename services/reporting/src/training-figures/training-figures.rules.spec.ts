import { describe, expect, it } from '@jest/globals';
import { noTrainingFigures } from './training-figures.ts';
import { meanOf, plusBySex, withCertificate, withLearningGain } from './training-figures.rules.ts';

describe('training figures rules', () => {
  it('adds and takes away counts by sex', () => {
    const added = plusBySex({ woman: 2 }, [
      { sex: 'woman', count: 3 },
      { sex: 'man', count: 1 },
    ]);
    expect(added).toEqual({ woman: 5, man: 1 });
    expect(plusBySex(added, [{ sex: 'man', count: 1 }], -1)).toEqual({ woman: 5, man: 0 });
  });

  it('means the ToT gains that exist, each ToT once', () => {
    expect(meanOf([])).toBeNull();
    expect(meanOf([undefined])).toBeNull();
    expect(meanOf([0.5, undefined, 0.25])).toBe(0.375);
  });

  it("replaces a ToT's gain rather than counting it twice", () => {
    let state = withLearningGain(noTrainingFigures(), 'tot-1', {
      trainees: 10,
      pre: 40,
      post: 70,
      gain: 0.5,
    });
    state = withLearningGain(state, 'tot-2', { trainees: 4 });
    state = withLearningGain(state, 'tot-1', { trainees: 10, pre: 40, post: 88, gain: 0.8 });
    expect(state.meanGain).toBe(0.8);
    expect(Object.keys(state.learningGainByTot)).toEqual(['tot-1', 'tot-2']);
  });

  it('counts trainers trained by sex, and certificates of service apart', () => {
    let state = withCertificate(noTrainingFigures(), 'training', 'woman', 1);
    state = withCertificate(state, 'training', 'man', 1);
    state = withCertificate(state, 'service', 'woman', 1);
    state = withCertificate(state, 'training', 'woman', -1);
    expect(state).toMatchObject({
      trainersTrained: 1,
      trainersTrainedBySex: { woman: 0, man: 1 },
      certificatesOfService: 1,
    });
  });
});
