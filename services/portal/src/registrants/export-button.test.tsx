import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedDownloads } from '../testing/downloads.ts';
import { Problem, renderAt } from '../testing/render-at.tsx';
import { signInAs } from '../testing/sign-in.ts';

const noneFound = { items: [], total: 0, page: 1, pageSize: 20 };

describe('the export of registrants', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('saves the CSV of the registrants the address filters', async () => {
    const requests = await signInAs(['outreach-officer'], {
      '/campaigns': { items: [] },
      '/members?channel=email&page=1&pageSize=20': noneFound,
      '/members/export?channel=email': new Blob(['email\n'], { type: 'text/csv' }),
    });
    const saved = savedDownloads();
    renderAt('/registrants?channel=email');
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));

    await waitFor(() =>
      expect(saved).toEqual([expect.stringMatching(/^registrants-\d{4}-\d\d-\d\d\.csv blob:saved$/)]),
    );
    expect(requests.map((request) => request.path)).toContain('/members/export?channel=email');
  });

  it('says why when the export fails, and saves nothing', async () => {
    await signInAs(['outreach-officer'], {
      '/campaigns': { items: [] },
      '/members?page=1&pageSize=20': noneFound,
      '/members/export': new Problem(503, 'http.503'),
    });
    const saved = savedDownloads();
    renderAt('/registrants');
    fireEvent.click(await screen.findByRole('button', { name: 'Export as CSV' }));

    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(saved).toEqual([]);
  });
});
