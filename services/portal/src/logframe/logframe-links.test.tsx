import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAt } from '../testing/render-at.tsx';
import { signInAs } from './logframe.queries.ts';

describe('the way to the results framework', () => {
  beforeEach(() => localStorage.clear());

  it('is linked from the dashboard and the navigation for those allowed', async () => {
    await signInAs(['iprc-focal-point']);
    renderAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Results framework' })).toBeTruthy());
    fireEvent.click(await screen.findByRole('link', { name: 'Open the results framework' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Results framework' })).toBeTruthy();
  });

  it('is not linked for those the policy does not let read it', async () => {
    await signInAs(['trainer']);
    renderAt('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await within(nav).findByRole('link', { name: 'Dashboard' });
    expect(within(nav).queryByRole('link', { name: 'Results framework' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open the results framework' })).toBeNull();
  });
});
