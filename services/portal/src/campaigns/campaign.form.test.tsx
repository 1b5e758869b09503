import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderAt } from '../testing/render-at.tsx';
import { signInAs } from '../testing/sign-in.ts';

async function openNewCampaign(answers: Record<string, unknown> = {}) {
  const requests = await signInAs(['programme-manager'], { 'POST /campaigns': { id: 'c1' }, ...answers });
  renderAt('/campaigns/new');
  const form = await screen.findByRole('form', { name: 'Create a campaign' });
  const field = (label: string) => within(form).getByLabelText(label);
  const submit = () => fireEvent.click(within(form).getByRole('button', { name: 'Create campaign' }));
  return { requests, form, field, submit };
}

describe('the campaign form', () => {
  beforeEach(() => localStorage.clear());

  it('sends nothing the API’s schema would refuse, and says what to correct next to each field', async () => {
    const { requests, form, field, submit } = await openNewCampaign();
    fireEvent.change(field('Campaign name'), { target: { value: 'Brussels evening' } });
    submit();

    await waitFor(() => expect(field("Partner's name").getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getAllByText('Choose at least one channel.')).toHaveLength(2); // by the field, in the summary
    expect(field('Campaign name').getAttribute('aria-invalid')).toBeNull();
    expect(field('Kind of partner').getAttribute('aria-invalid')).toBe('true');
    expect(requests.filter((request) => request.path === '/campaigns')).toEqual([]);
  });

  it('sends the body the API takes: the partner nested, subjects one per line, an empty description left out', async () => {
    const { requests, form, field, submit } = await openNewCampaign();
    fireEvent.change(field('Campaign name'), { target: { value: ' Brussels evening ' } });
    fireEvent.change(field('Office'), { target: { value: 'BE' } });
    fireEvent.change(field('Kind of partner'), { target: { value: 'embassy' } });
    fireEvent.change(field("Partner's name"), { target: { value: 'Embassy of Rwanda' } });
    fireEvent.change(field('Country'), { target: { value: 'BE' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /e-?mail/i }));
    fireEvent.change(field('Starts on'), { target: { value: '2027-01-01' } });
    fireEvent.change(field('Ends on'), { target: { value: '2027-02-28' } });
    fireEvent.change(field('Subjects sought'), { target: { value: 'Electrical technology\n\n ICT ' } });
    submit();

    await waitFor(() => expect(requests.some((request) => request.path === '/campaigns')).toBe(true));
    expect(requests.find((request) => request.path === '/campaigns')?.body).toEqual({
      name: 'Brussels evening',
      office: 'BE',
      partner: { kind: 'embassy', name: 'Embassy of Rwanda' },
      country: 'BE',
      channels: ['email'],
      startsOn: '2027-01-01',
      endsOn: '2027-02-28',
      subjects: ['Electrical technology', 'ICT'],
    });
  });

  it('refuses an end before the start, a rule across fields the schema cannot state', async () => {
    const { form, field, submit } = await openNewCampaign();
    fireEvent.change(field('Starts on'), { target: { value: '2027-03-01' } });
    fireEvent.change(field('Ends on'), { target: { value: '2027-02-28' } });
    submit();
    await within(form).findByText('The end date must not be before the start date.');
  });
});
