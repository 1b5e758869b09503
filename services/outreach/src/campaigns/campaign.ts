/** The state of a campaign aggregate, as stored with each of its versions in the outbox. */
export interface Campaign {
  name: string;
  office: 'BE' | 'DE';
  status: 'live' | 'closed';
}

export const CAMPAIGN = 'campaign';
