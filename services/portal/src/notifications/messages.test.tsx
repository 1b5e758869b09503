import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAt } from '../testing/render-at.tsx';
import type { Message } from './messages.api.ts';
import { navigationOf, signInAs } from '../testing/sign-in.ts';
import { cellTexts } from '../testing/table.ts';

const message = (overrides: Partial<Message> = {}): Message => ({
  id: 'application-not-selected:e2:member:m1',
  template: 'application-not-selected',
  category: 'applications',
  status: 'suppressed',
  reason: 'the recipient opted out of applications',
  to: 'amina@example.org',
  subject: null,
  locale: 'fr',
  event: { id: 'e2', type: 'selection.application.rejected', occurredAt: '2026-11-02T10:00:00Z' },
  createdAt: '2026-11-02T10:00:01Z',
  sentAt: null,
  dueAt: null,
  attempts: [],
  ...overrides,
});

const sent = message({
  id: 'application-shortlisted:e1:member:m1',
  template: 'application-shortlisted',
  status: 'sent',
  reason: null,
  subject: 'Vous êtes présélectionné·e : Solar trainer',
  sentAt: '2026-11-01T09:00:05Z',
  attempts: [
    { at: '2026-11-01T09:00:01Z', outcome: 'refused', answer: '451 4.3.0 Try again later' },
    { at: '2026-11-01T09:00:05Z', outcome: 'sent', answer: '250 2.0.0 Ok: queued' },
  ],
});

describe('the Messages screens', () => {
  beforeEach(() => localStorage.clear());

  it('finds a person’s messages by address and status, and keeps the search in the page’s address', async () => {
    const requests = await signInAs(['admin'], {
      '/deliveries?limit=100': { items: [sent, message()] },
      '/deliveries?address=amina%40example.org&status=suppressed&limit=100': { items: [message()] },
    });
    const { router } = renderAt('/messages');
    const table = await screen.findByRole('table', { name: 'Messages, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    const search = screen.getByRole('search', { name: 'Search the messages' });
    fireEvent.change(within(search).getByLabelText("Recipient's e-mail address"), {
      target: { value: ' amina@example.org ' },
    });
    fireEvent.change(within(search).getByLabelText('Status'), { target: { value: 'suppressed' } });
    fireEvent.click(within(search).getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('1 message.')).toBeTruthy();
    expect(router.state.location.search).toBe('?address=amina%40example.org&status=suppressed');
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Suppressed');
    expect(row.textContent).toContain('the recipient opted out of applications');
    expect(requests.map((request) => request.path)).toContain(
      '/deliveries?address=amina%40example.org&status=suppressed&limit=100',
    );
  });

  it('shows a message with each attempt and the mail server’s answer', async () => {
    await signInAs(['admin'], { [`/deliveries/${encodeURIComponent(sent.id)}`]: sent });
    renderAt(`/messages/${encodeURIComponent(sent.id)}`);

    expect(
      await screen.findByRole('heading', { name: 'Message: Vous êtes présélectionné·e : Solar trainer' }),
    ).toBeTruthy();
    const attempts = screen.getByRole('table', { name: 'Attempts at the mail server, oldest first' });
    expect(cellTexts(attempts)).toEqual([
      ['Refused', '451 4.3.0 Try again later'],
      ['Accepted', '250 2.0.0 Ok: queued'],
    ]);
    expect(screen.getByText('French')).toBeTruthy();
  });

  it('is in the navigation of admins only, as the policy says', async () => {
    expect(await navigationOf(['programme-manager'])).not.toContain('Messages');
    expect(await navigationOf(['admin'])).toContain('Messages');
  });
});
