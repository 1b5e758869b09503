import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAt } from '../testing/render-at.tsx';
import { signInAs } from '../testing/sign-in.ts';
import type { Webhook } from './webhooks.api.ts';

const webhook: Webhook = {
  id: 'w1',
  url: 'https://crm.partner.example/hooks',
  eventTypes: ['selection.tor.published', 'selection.candidate.selected'],
  purpose: 'figures',
  description: null,
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  createdAt: '2026-11-01T09:00:00Z',
  previousSecretUntil: null,
  trail: [{ at: '2026-11-01T09:00:00Z', by: 'u1', change: 'created' }],
};
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('the webhook screens', () => {
  beforeEach(() => localStorage.clear());

  it('subscribes a URL with the event types typed one per line, and shows the secret once', async () => {
    const requests = await signInAs(['admin'], {
      'POST /webhooks': { ...webhook, secret },
      '/webhooks/w1': webhook,
      '/webhooks/w1/deliveries?limit=20': { items: [] },
    });
    renderAt('/webhooks/new');
    const form = await screen.findByRole('form', { name: 'Subscribe a partner' });
    fireEvent.change(within(form).getByLabelText("Partner's URL"), {
      target: { value: ' https://crm.partner.example/hooks ' },
    });
    fireEvent.change(within(form).getByLabelText('Event types'), {
      target: { value: 'selection.tor.published\n\n selection.candidate.selected \nselection.tor.published' },
    });
    fireEvent.change(within(form).getByLabelText('Purpose'), { target: { value: 'figures' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Subscribe' }));

    const shown = await screen.findByRole('region', { name: 'The signing secret' });
    expect(within(shown).getByText(secret)).toBeTruthy();
    expect(within(shown).getByText(/It will not be shown again/)).toBeTruthy();
    expect(within(shown).getByRole('button', { name: 'Copy the secret' })).toBeTruthy();
    expect(
      requests.find((request) => request.method === 'POST' && request.path === '/webhooks')?.body,
    ).toEqual({
      url: 'https://crm.partner.example/hooks',
      eventTypes: ['selection.tor.published', 'selection.candidate.selected'],
      purpose: 'figures',
    });

    // Its page does not show the secret again.
    fireEvent.click(screen.getByRole('link', { name: 'Go to the webhook' }));
    await screen.findByRole('heading', { name: webhook.url, level: 1 });
    expect(screen.queryByText(secret)).toBeNull();
  });

  it('sends nothing without a URL, an event type and a purpose, and says what is missing', async () => {
    const requests = await signInAs(['admin'], {});
    renderAt('/webhooks/new');
    const form = await screen.findByRole('form', { name: 'Subscribe a partner' });
    fireEvent.click(within(form).getByRole('button', { name: 'Subscribe' }));

    await waitFor(() =>
      expect(within(form).getByLabelText("Partner's URL").getAttribute('aria-invalid')).toBe('true'),
    );
    expect(within(form).getByLabelText('Event types').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Purpose').getAttribute('aria-invalid')).toBe('true');
    expect(requests.filter((request) => request.method === 'POST' && request.path === '/webhooks')).toEqual(
      [],
    );
  });

  it('disables a webhook after asking, and shows a rotated secret on its page', async () => {
    const requests = await signInAs(['admin'], {
      '/webhooks/w1': webhook,
      '/webhooks/w1/deliveries?limit=20': {
        items: [
          {
            id: 'd1',
            eventId: 'e1',
            eventType: 'selection.tor.published',
            occurredAt: '2026-11-02T10:00:00Z',
            status: 'delivered',
            reason: null,
            createdAt: '2026-11-02T10:00:01Z',
            deliveredAt: '2026-11-02T10:00:02Z',
            dueAt: null,
            attempts: [{ at: '2026-11-02T10:00:02Z', status: 204, answer: '' }],
          },
        ],
      },
      'POST /webhooks/w1/disable': { ...webhook, enabled: false, disabledReason: 'disabled by an admin' },
      'POST /webhooks/w1/secret': { ...webhook, secret, previousSecretUntil: '2026-11-03T10:00:00Z' },
    });
    renderAt('/webhooks/w1');
    const deliveries = await screen.findByRole('table', { name: 'Recent deliveries, newest first' });
    expect(within(deliveries).getByText('Delivered')).toBeTruthy();
    expect(within(deliveries).getByText('204')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Disable the webhook' }));
    fireEvent.click(screen.getByRole('button', { name: 'Disable' }));
    expect(await screen.findByText('The webhook is disabled.')).toBeTruthy();
    expect(screen.getByText('disabled by an admin')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Enable the webhook' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rotate the secret' }));
    fireEvent.click(screen.getByRole('button', { name: 'Make a new secret' }));
    const shown = await screen.findByRole('region', { name: 'The signing secret' });
    expect(within(shown).getByText(secret)).toBeTruthy();
    expect(screen.getByText('The previous secret still signs until')).toBeTruthy();
    expect(requests.filter((request) => request.method === 'POST').map((request) => request.path)).toEqual([
      '/auth/login',
      '/webhooks/w1/disable',
      '/webhooks/w1/secret',
    ]);
  });
});
