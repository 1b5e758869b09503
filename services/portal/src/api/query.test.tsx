import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { send } from './http.ts';
import { changedBy, queryClient, queryKeyOf } from './query-client.ts';
import { useQuery } from './use-query.ts';

function Status({ path }: { path: string }) {
  const { data } = useQuery<{ status: string }>(path, { load: (at) => send('GET', at) });
  return <p>{data ? `status: ${data.status}` : 'loading'}</p>;
}

describe('the data cache', () => {
  it('keys a path by its segments, so that a change invalidates what is below the resource it names', () => {
    expect(queryKeyOf('/campaigns/42/funnel?channel=email')).toEqual([
      'campaigns',
      '42',
      'funnel',
      'channel=email',
    ]);
    expect(changedBy('/campaigns/42/launch')).toEqual(['campaigns']);
    expect(changedBy('/member/applications')).toEqual(['member', 'applications']);
    expect(changedBy('/public/campaigns/be/visits')).toEqual(['public', 'campaigns']);
  });

  it('shows what the server holds after a change, without the screen reloading by hand', async () => {
    let status = 'draft';
    vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
      if (init.method === 'POST' && url.endsWith('/campaigns/42/launch')) status = 'live';
      return new Response(JSON.stringify({ status }), { headers: { 'content-type': 'application/json' } });
    });
    render(
      <QueryClientProvider client={queryClient}>
        <Status path="/campaigns/42" />
        <Status path="/tors/7" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getAllByText('status: draft')).toHaveLength(2));

    await send('POST', '/campaigns/42/launch');

    expect(await screen.findByText('status: live')).toBeTruthy();
    // Another resource is not fetched again for it.
    expect(screen.getAllByText(/status:/).map((p) => p.textContent)).toEqual([
      'status: live',
      'status: draft',
    ]);
  });
});
