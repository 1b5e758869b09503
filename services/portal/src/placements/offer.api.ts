import { send } from '../api/http.ts';
import type { components } from '../api/generated/openapi.ts';

/* The professional's offer, opened with the signed token of the offer mail's link; no account. */
export type Offer = components['schemas']['OfferView'];

const path = '/public/offer';
const withToken = (token: string) => ({ 'x-offer-token': token });

export const offerApi = {
  /** The cache's key: one entry per link (the token travels as a header, never in the address asked). */
  key: (token: string) => `${path}?link=${encodeURIComponent(token)}`,
  load: (token: string) => (_key: string, signal: AbortSignal) =>
    send<Offer>('GET', path, { signal, headers: withToken(token) }),
  accept: (token: string, passport: string) =>
    send<Offer>('POST', `${path}/accept`, { headers: withToken(token), body: { passport } }),
  decline: (token: string) => send<Offer>('POST', `${path}/decline`, { headers: withToken(token) }),
};
