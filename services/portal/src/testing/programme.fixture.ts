import type { Programme } from '../programme/use-programme.ts';

/** A programme as `GET /programme` serves it, cut down to what the screens read. */
export const programmeFixture: Pick<
  Programme,
  'id' | 'name' | 'offices' | 'subjects' | 'languages' | 'genders'
> & {
  host: Omit<Programme['host'], 'institutions'> & { institutions: { code: string; name: string }[] };
} = {
  id: 'rwanda-tvet-diaspora',
  name: 'Diaspora skills transfer to Rwanda’s TVET',
  host: {
    country: 'RW',
    name: 'Rwanda',
    institutionKind: 'IPRC',
    institutions: [
      { code: 'KGL', name: 'IPRC Kigali' },
      { code: 'HYE', name: 'IPRC Huye' },
    ],
  },
  offices: [
    { code: 'BE', name: 'IOM Belgium', country: 'BE', abroad: true },
    { code: 'DE', name: 'IOM Germany', country: 'DE', abroad: true },
    { code: 'RW', name: 'IOM Rwanda', country: 'RW', abroad: false },
  ],
  subjects: [{ code: 'electrical', name: 'Electrical technology' }],
  languages: { public: ['en', 'fr', 'de', 'rw'], staff: ['en', 'fr'], training: ['en', 'fr', 'rw'] },
  genders: [
    { code: 'woman', name: 'Woman' },
    { code: 'man', name: 'Man' },
    { code: 'prefer-not-to-say', name: 'Prefer not to say', notStated: true },
  ],
};
