/**
 * What a message is about, as its recipient sees it: each optional category can be switched off on the person's
 * preferences page or in one click from the message (RFC 8058); security, legal, placement, training and funding
 * messages cannot.
 * `consent`: the category also needs that consent, recorded by outreach (a member who did not agree to hear of
 * opportunities gets none, whatever their preferences say).
 */
export const CATEGORIES = {
  security: { optional: false },
  legal: { optional: false },
  applications: { optional: true },
  opportunities: { optional: true, consent: 'opportunities' },
  reviews: { optional: true },
  /** An offer, its expiry, a cancellation: contractual steps a professional must hear of. */
  placements: { optional: false },
  /** A trainee's or a professional's own certificate, issued or revoked: theirs to hear of. */
  training: { optional: false },
  /** A staff role's daily digest of due and overdue logistics tasks. */
  logistics: { optional: true },
  /**
   * A pilot's funding, for its team (an invitation to a call, the screening's outcome, an award, its milestones
   * and tranches) and an investor's address to verify: steps they must hear of.
   */
  funding: { optional: false },
  /** Pilot proposals that meet an investor's interests: theirs to switch off. */
  matches: { optional: true },
} as const satisfies Record<string, { optional: boolean; consent?: 'opportunities' }>;

export type Category = keyof typeof CATEGORIES;
export const OPTIONAL_CATEGORIES = (Object.keys(CATEGORIES) as Category[]).filter(
  (c) => CATEGORIES[c].optional,
);
