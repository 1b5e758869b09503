import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { savedDownloads } from '../testing/downloads.ts';
import { renderAt } from '../testing/render-at.tsx';
import { cellTexts } from '../testing/table.ts';
import { logframe, womenRegistered } from './logframe.fixture.ts';
import { card, factsOf, rowsOf, signInAs } from './logframe.queries.ts';

describe('the results framework', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => chooseLanguage('en'));

  it('shows each indicator against its target, quarter by quarter and by sex and IPRC, under its result', async () => {
    await signInAs(['programme-manager']);
    renderAt('/logframe');

    const registered = await card('1.1.a Diaspora members registered');
    expect(factsOf(registered).slice(0, 4)).toEqual([
      'To the end of 2027-Q1: 45',
      'Target: 200',
      'Baseline: 0',
      'In 2027-Q1: 12',
    ]);
    expect(registered.textContent).toContain('23% of the target');
    const progress = within(registered).getByRole('progressbar', {
      name: 'Progress towards the target of Diaspora members registered',
    });
    expect(progress.getAttribute('value')).toBe('0.225');
    expect(
      within(registered).getByText('Members who completed their registration, counted once.'),
    ).toBeTruthy();
    const perQuarter = within(registered).getByRole('table', {
      name: 'Diaspora members registered per quarter',
    });
    expect(cellTexts(perQuarter)).toEqual([
      ['10', '10'],
      ['33', '23'],
      ['45', '12'],
    ]);
    expect(
      within(registered).getByRole('img', {
        name: 'Diaspora members registered: cumulative figure per quarter against the target of 200',
      }),
    ).toBeTruthy();
    const bySex = within(registered).getByRole('table', { name: 'Diaspora members registered by sex' });
    expect(rowsOf(bySex)).toEqual(['Woman', 'Man', 'Not stated']);
    expect(cellTexts(bySex)).toEqual([['26'], ['16'], ['3']]);
    // Staff see every cell: nothing is suppressed, so no note about it.
    expect(screen.queryByText(/could identify people/)).toBeNull();

    const certified = await card('1.3.b Trainers certified');
    const byIprc = within(certified).getByRole('table', { name: 'Trainers certified by IPRC' });
    expect(rowsOf(byIprc)).toEqual(['IPRC Kigali']);
    // A mean of nothing yet is no figure, not a suppressed one.
    expect(factsOf(await card('1.3.c Learning gain'))[0]).toBe('To the end of 2027-Q1: —');
    expect(
      screen.getByRole('heading', { name: 'Output 1.3: TVET trainers are trained and pass it on.' }),
    ).toBeTruthy();
    expect(
      screen.getByText('Rwanda’s TVET system is strengthened by the skills of its diaspora.'),
    ).toBeTruthy();
  });

  it('previews the shared view for staff: asks it with shared=true and reads a small cell as “fewer than 5”', async () => {
    const requests = await signInAs(['programme-manager'], {
      '/logframe?shared=true': logframe({ shared: true }),
    });
    renderAt('/logframe');
    await card('1.3.b Trainers certified');
    expect(requests.some((r) => r.path === '/logframe?shared=true')).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Shared view' }));

    await screen.findByText(/^Shared view: counts of fewer than 5 people are hidden/);
    expect(requests.some((r) => r.path === '/logframe?shared=true')).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Shared view' })).toHaveProperty('checked', true);
    const certified = await card('1.3.b Trainers certified');
    expect(factsOf(certified)[0]).toBe('To the end of 2027-Q1: fewer than 5');
    expect(
      within(certified).getByText(/^“Fewer than 5”: a count this small could identify people/),
    ).toBeTruthy();
    expect(within(certified).queryByRole('progressbar')).toBeNull();
    const bySex = within(await card('1.1.a Diaspora members registered')).getByRole('table', {
      name: 'Diaspora members registered by sex',
    });
    expect(cellTexts(bySex)).toEqual([['26'], ['16'], ['fewer than 5']]);
  });

  it('reads “moins de 5” in French', async () => {
    await chooseLanguage('fr');
    await signInAs(['twg-member'], { '/logframe': logframe({ shared: true }) });
    renderAt('/logframe');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cadre de résultats' })).toBeTruthy();
    const certified = await card('1.3.b Trainers certified');
    expect(factsOf(certified)[0]).toBe('À la fin de 2027-Q1: moins de 5');
  });

  it('gives readers outside staff no shared toggle and no links to the sources', async () => {
    await signInAs(['twg-member'], { '/logframe': logframe({ shared: true }) });
    renderAt('/logframe');
    const registered = await card('1.1.a Diaspora members registered');
    expect(factsOf(registered)[0]).toBe('To the end of 2027-Q1: 45');
    expect(within(registered).queryByRole('link')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Shared view' })).toBeNull();
  });

  it('opens the events behind a figure, and behind one cell of a breakdown', async () => {
    const requests = await signInAs(['auditor'], {
      '/logframe/indicators/1.1.a/sources?quarter=2027-Q1': { ...womenRegistered, total: 45 },
      '/logframe/indicators/1.1.a/sources?quarter=2027-Q1&dimension=sex&value=woman': womenRegistered,
      '/logframe?quarter=2027-Q1': logframe(),
    });
    const { router } = renderAt('/logframe');
    const registered = await card('1.1.a Diaspora members registered');
    fireEvent.click(
      within(registered).getByRole('link', { name: '45: the sources of Diaspora members registered' }),
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sources of 1.1.a: Diaspora members registered' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/logframe/1.1.a');
    expect(await screen.findByText(/^45 events in all\. The first 2 are listed/)).toBeTruthy();

    fireEvent.click(screen.getByRole('link', { name: 'Back to the results framework' }));
    const again = await card('1.1.a Diaspora members registered');
    fireEvent.click(
      within(again).getByRole('link', { name: '26: the sources of Diaspora members registered, Woman' }),
    );
    const table = await screen.findByRole('table', { name: 'The events behind the figure, oldest first' });
    expect(screen.getByText('Only the sex “Woman”.', { exact: false })).toBeTruthy();
    expect(screen.getByText(/^2 events in all\.\s*$/)).toBeTruthy();
    expect(rowsOf(table)).toEqual(['outreach.member.registered', 'outreach.member.registered']);
    const cells = cellTexts(table);
    expect(cells.map((row) => [row[1], row[2], row[3]])).toEqual([
      ['member-17', 'sex: Woman, office: Belgium', '1'],
      ['erased', 'sex: Woman, office: Germany', '1'],
    ]);
    expect(cells[0]![0]).toMatch(/2026/);
    // (StrictMode may ask twice: the distinct addresses are what matters.)
    expect([...new Set(requests.filter((r) => r.path.includes('/sources')).map((r) => r.path))]).toEqual([
      '/logframe/indicators/1.1.a/sources?quarter=2027-Q1',
      '/logframe/indicators/1.1.a/sources?quarter=2027-Q1&dimension=sex&value=woman',
    ]);
  });

  it('offers the quarters from the earliest period to the current one, and reports on the one chosen', async () => {
    const q4 = { code: '2026-Q4', start: '2026-10-01', end: '2026-12-31' };
    const requests = await signInAs(['programme-manager'], {
      '/logframe?quarter=2026-Q4': logframe({ quarter: q4 }),
    });
    renderAt('/logframe');
    await card('1.1.a Diaspora members registered');
    const picker = screen.getByRole('combobox', { name: 'Quarter' });
    expect([...picker.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      '2027-Q1',
      '2026-Q4',
      '2026-Q3',
    ]);
    expect((picker as HTMLSelectElement).value).toBe('2027-Q1');
    fireEvent.change(picker, { target: { value: '2026-Q4' } });
    expect(await screen.findByRole('heading', { name: 'Reports of 2026-Q4' })).toBeTruthy();
    expect(requests.some((r) => r.path === '/logframe?quarter=2026-Q4')).toBe(true);
  });

  it('downloads the quarter’s XLSX, PDF and CSV reports and its IATI XML with the bearer token', async () => {
    const file = new Blob(['report']);
    const requests = await signInAs(['twg-member'], {
      '/logframe': logframe({ shared: true }),
      '/reports/2027-Q1?format=xlsx': file,
      '/reports/2027-Q1?format=pdf': file,
      '/reports/2027-Q1?format=csv': file,
      '/reports/2027-Q1/iati': file,
    });
    const saved = savedDownloads();
    renderAt('/logframe');
    const downloads = await screen.findByRole('region', { name: 'Reports of 2027-Q1' });
    for (const name of ['XLSX report', 'PDF report', 'CSV report', 'IATI XML'])
      fireEvent.click(within(downloads).getByRole('button', { name }));
    await vi.waitFor(() => expect(saved).toHaveLength(4));
    expect(saved.sort()).toEqual([
      'rwanda-tvet-diaspora-2027-Q1-iati.xml blob:saved',
      'rwanda-tvet-diaspora-2027-Q1.csv blob:saved',
      'rwanda-tvet-diaspora-2027-Q1.pdf blob:saved',
      'rwanda-tvet-diaspora-2027-Q1.xlsx blob:saved',
    ]);
    const fetched = requests.filter((r) => r.path.startsWith('/reports/'));
    expect(fetched.map((r) => r.path).sort()).toEqual([
      '/reports/2027-Q1/iati',
      '/reports/2027-Q1?format=csv',
      '/reports/2027-Q1?format=pdf',
      '/reports/2027-Q1?format=xlsx',
    ]);
    expect(fetched.every((r) => r.headers.authorization === 'Bearer token')).toBe(true);
  });
});
