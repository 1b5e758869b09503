import { describe, expect, it } from 'vitest';
import { refusedFields } from './api-schema.ts';

const campaign = {
  name: 'Experts 2026',
  office: 'BE',
  partner: { kind: 'embassy', name: 'Embassy of Rwanda' },
  country: 'BE',
  channels: ['email'],
  startsOn: '2026-01-01',
  endsOn: '2026-03-31',
  subjects: ['ICT'],
};

describe('a body checked against the API’s own schema', () => {
  it('passes what the server accepts', () => {
    expect(refusedFields('CreateCampaignDto', campaign)).toEqual({});
  });

  it('names each refused field by its path, nested ones too', () => {
    const refused = refusedFields('CreateCampaignDto', {
      ...campaign,
      partner: { kind: 'consulate' },
      channels: ['pigeon'],
    });
    expect(Object.keys(refused).sort()).toEqual(['channels', 'partner.kind', 'partner.name']);
    expect(refused['partner.name']).toBe('required');
  });

  it('refuses a missing nested object (the API answered 500 to it once)', () => {
    const withoutPartner: Partial<typeof campaign> = { ...campaign };
    delete withoutPartner.partner;
    expect(refusedFields('CreateCampaignDto', withoutPartner)).toHaveProperty('partner', 'required');
  });
});
