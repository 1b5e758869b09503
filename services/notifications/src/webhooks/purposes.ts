/**
 * Why a partner receives events, chosen when it is subscribed: it decides whether the fields that a contract
 * marks personal (`personal.fields`) reach the partner. A closed list: a new purpose is a decision about
 * personal data, made here, in review.
 */
export const PURPOSES = {
  /** Counts and dashboards (the donor's reporting): identifiers and facts, never a personal field. */
  figures: { personal: false },
  /** Keeping a partner's contact records in step (IOM's CRM): may receive the fields marked personal. */
  'contact-sync': { personal: true },
} as const satisfies Record<string, { personal: boolean }>;

export type Purpose = keyof typeof PURPOSES;
export const PURPOSE_CODES = Object.keys(PURPOSES) as Purpose[];
