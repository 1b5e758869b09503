import { send } from '../api/http.ts';
import type { components } from '../api/generated/openapi.ts';

/* A person's e-mail preferences, opened with the signed token of the link at the bottom of every message. */
export type Preferences = components['schemas']['PreferencesDto'];
export type CategoryChoice = Preferences['categories'][number];
export type OptionalCategory = components['schemas']['ChoosePreferencesDto']['optedOut'][number];

const path = '/public/preferences';
const withToken = (token: string) => ({ 'x-preferences-token': token });

/** The optional categories left unticked among `subscribed`: what the API's `optedOut` takes. */
export function optedOutOf(categories: readonly CategoryChoice[], subscribed: readonly string[]) {
  return categories
    .filter((category) => category.optional && !subscribed.includes(category.code))
    .map((category) => category.code as OptionalCategory);
}

export const preferencesApi = {
  /** The cache's key: one entry per link (the token travels as a header, never in the address asked). */
  key: (token: string) => `${path}?link=${encodeURIComponent(token)}`,
  /** Without a session: the link is the person's only proof. */
  load: (token: string) => (_key: string, signal: AbortSignal) =>
    send<Preferences>('GET', path, { signal, headers: withToken(token) }),
  choose: (token: string, optedOut: OptionalCategory[]) =>
    send<Preferences>('PUT', path, { headers: withToken(token), body: { optedOut } }),
};
