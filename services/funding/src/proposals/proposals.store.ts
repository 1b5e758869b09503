import type { PersonalState } from '@ikiraro/messaging';
import { PROPOSAL } from './proposal.ts';

/**
 * The proposals feature's aggregates kept as projections (aggregate → collection), and their personal fields:
 * none, a proposal names its team by person id only (the names stay sealed in each person's invitation).
 */
export const projections: Record<string, string> = { [PROPOSAL]: 'proposals' };
export const personal: Record<string, PersonalState> = {};
