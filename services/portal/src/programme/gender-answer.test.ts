import { describe, expect, it } from 'vitest';
import { genderAnswerOf } from './use-programme.ts';

const programme = {
  genders: [
    { code: 'woman', name: 'Woman', aliases: ['female', 'f'] },
    { code: 'man', name: 'Man', aliases: ['male'] },
    { code: 'prefer-not-to-say', name: 'Prefer not to say', notStated: true },
  ],
};

describe('a stored gender, as the profile form offers it', () => {
  it('is its own code, or the code it is an alias of, in any case', () => {
    expect(genderAnswerOf(programme, 'woman')).toBe('woman');
    expect(genderAnswerOf(programme, ' Female ')).toBe('woman');
    expect(genderAnswerOf(programme, 'MALE')).toBe('man');
  });

  it('is the empty answer for "prefer not to say", and nothing for a value outside the list', () => {
    expect(genderAnswerOf(programme, 'prefer-not-to-say')).toBe('');
    expect(genderAnswerOf(programme, 'nonbinary')).toBeUndefined();
    expect(genderAnswerOf(programme, undefined)).toBeUndefined();
  });
});
