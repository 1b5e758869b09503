import { SignedTokens } from '@ikiraro/service-defaults';

/** The offer links' tokens (and the keyed hash of addresses), keyed for placement only. */
export const OFFER_TOKENS = Symbol('OFFER_TOKENS');

export const offerTokens = (masterKeyBase64: string) =>
  new SignedTokens(masterKeyBase64, 'ikiraro placement: offer links');
