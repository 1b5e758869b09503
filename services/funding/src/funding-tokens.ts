import { SignedTokens } from '@ikiraro/service-defaults';

/** Funding's signed values: teams' invitation tokens, investors' verification links, keyed hashes of addresses. */
export const FUNDING_TOKENS = Symbol('FUNDING_TOKENS');

export const fundingTokens = (masterKeyBase64: string) =>
  new SignedTokens(masterKeyBase64, 'ikiraro funding: invitations and verification');
