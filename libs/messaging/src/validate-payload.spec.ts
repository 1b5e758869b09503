import { describe, expect, it } from '@jest/globals';
import { CampaignLaunched, CampaignLaunchedV1 } from '@ikiraro/contracts';
import { InvalidEventError, validatePayload } from './validate-payload.ts';

describe('validatePayload', () => {
  it('returns an instance of the payload class for valid data', async () => {
    const payload = await validatePayload(CampaignLaunched, {
      campaignId: 'c1',
      name: 'Forum',
      office: 'DE',
    });
    expect(payload).toBeInstanceOf(CampaignLaunchedV1);
  });

  it('rejects wrong values, missing fields and unknown fields, naming each', async () => {
    const attempt = validatePayload(CampaignLaunched, { campaignId: 'c1', office: 'FR', extra: true });
    await expect(attempt).rejects.toBeInstanceOf(InvalidEventError);
    await expect(attempt).rejects.toThrow(/name[\s\S]*office|office[\s\S]*name/);
    await expect(attempt).rejects.toThrow(/extra/);
  });

  it('rejects data that is not an object', async () => {
    await expect(validatePayload(CampaignLaunched, 'oops')).rejects.toThrow(/must be an object/);
  });
});
