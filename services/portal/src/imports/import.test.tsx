import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseFile } from '../testing/choose-file.ts';
import { Problem, renderAt } from '../testing/render-at.tsx';
import { signInAs } from '../testing/sign-in.ts';
import type { ImportReport } from './imports.api.ts';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  rows: 2,
  valid: 2,
  errors: [],
  duplicates: [],
  wouldCreate: 1,
  wouldUpdate: 1,
  ...overrides,
});

const withError = report({
  valid: 1,
  errors: [{ row: 2, column: 'email', message: 'not an e-mail address' }],
  wouldCreate: 0,
});

const campaigns = { items: [{ id: 'c1', name: 'Brussels evening', status: 'active' }] };

/** Opens the import page and checks `list.csv` for campaign c1; the page's form and its requests. */
async function checkList(answers: Record<string, unknown>) {
  const requests = await signInAs(['outreach-officer'], { '/campaigns': campaigns, ...answers });
  renderAt('/import');
  const form = await screen.findByRole('form', { name: 'Check a mapping list' });
  await within(form).findByRole('option', { name: /Brussels evening/ });
  fireEvent.change(within(form).getByLabelText('Campaign'), { target: { value: 'c1' } });
  const file = new File(['email\namina@example.org\n'], 'list.csv', { type: 'text/csv' });
  chooseFile(within(form).getByLabelText('CSV file'), file);
  fireEvent.click(within(form).getByRole('button', { name: 'Check the file' }));
  const shown = await screen.findByRole('region', { name: 'Dry run of list.csv' });
  return { requests, shown };
}

describe('the import of a mapping list', () => {
  beforeEach(() => localStorage.clear());

  it('imports exactly the file of a clean dry run, and says what it did', async () => {
    const { requests, shown } = await checkList({
      'POST /imports/dry-run?campaignId=c1': report(),
      'POST /imports?campaignId=c1': { created: 1, updated: 1, skipped: 0 },
    });
    fireEvent.click(within(shown).getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Import done: 1 created, 1 updated, 0 skipped.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Dry run of list.csv' })).toBeNull();
    const sent = requests.filter(
      (request) => request.method === 'POST' && request.path.startsWith('/imports'),
    );
    expect(sent.map((request) => request.path)).toEqual([
      '/imports/dry-run?campaignId=c1',
      '/imports?campaignId=c1',
    ]);
    expect(sent[1]!.body).toBe(sent[0]!.body);
  });

  it('offers no import of a list with errors, and says why', async () => {
    const { shown } = await checkList({ 'POST /imports/dry-run?campaignId=c1': withError });

    expect(within(shown).getByRole('table', { name: '1 error' }).textContent).toContain(
      'not an e-mail address',
    );
    const apply = within(shown).getByRole('button', { name: 'Import' });
    expect(apply.hasAttribute('disabled')).toBe(true);
    expect(apply.getAttribute('aria-describedby')).toBe('import-blocked');
    expect(document.getElementById('import-blocked')?.textContent).toMatch(/cannot be imported/);
  });

  it('shows the new report when the list changed between the dry run and the import', async () => {
    const { shown } = await checkList({
      'POST /imports/dry-run?campaignId=c1': report(),
      'POST /imports?campaignId=c1': new Problem(422, 'import.invalid', { report: withError }),
    });
    fireEvent.click(within(shown).getByRole('button', { name: 'Import' }));

    // Disabled while it imports, then for the new report's error.
    expect(await within(shown).findByRole('table', { name: '1 error' })).toBeTruthy();
    await waitFor(() =>
      expect(within(shown).getByRole('button', { name: 'Import' }).hasAttribute('disabled')).toBe(true),
    );
    expect(within(shown).getByRole('button', { name: 'Import' }).getAttribute('aria-describedby')).toBe(
      'import-blocked',
    );
    expect(within(shown).getByRole('alert')).toBeTruthy();
    expect(screen.queryByText(/Import done/)).toBeNull();
  });
});
