import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { renderAt, stubGateway } from '../testing/render-at.tsx';

// What the API answered after `PATCH /campaigns/:id {"partner": null}` (issue 13, 5.c).
const campaignWithoutPartner = {
  slug: 'be-2026',
  name: 'Experts 2026',
  partner: null,
  country: 'BE',
  channels: ['website'],
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  subjects: ['ICT'],
  status: 'live',
};

describe('a page that fails to render', () => {
  afterEach(() => chooseLanguage('en'));

  it('shows a friendly page in the reader’s language, never a stack trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubGateway({ '/public/campaigns/be-2026': campaignWithoutPartner });
    await chooseLanguage('rw');
    renderAt('/join/be-2026');

    expect(await screen.findByRole('heading', { name: 'Hari ikitagenze neza' })).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/TypeError|at JoinPage|Unexpected Application Error/);
    // The public layout stays: the reader can still change language.
    expect(screen.getByRole('banner').textContent).toContain('Ikiraro');
  });
});
