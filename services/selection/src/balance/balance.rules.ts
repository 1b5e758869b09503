import { genderGroupOf, genderGroups, programme, programmeCodes } from '@ikiraro/programme';
import { SMALL_CELL, suppressSmallCells } from './small-cells.rules.ts';

/** The programme's targets: experts to select, host institutions to cover (the definition's `targets`). */
export const TARGETS = {
  experts: programme().targets.professionals,
  iprcs: programme().targets.institutions,
} as const;
const IPRC_CODES = programmeCodes('institutions');

export interface Placed {
  status: string;
  iprc: string;
  subject: string;
  gender: string | null;
}

const count = (rows: Placed[], key: (row: Placed) => string, keys: readonly string[] = []) => {
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
};

/**
 * Gender is the one fact about people here, so its small counts are suppressed; IPRC and subject describe the
 * places (public with each ToR) and stay exact: coverage per IPRC is what the view is for. No cross-tabulation of
 * gender with IPRC or subject is published.
 */
const breakdown = (rows: Placed[]) => ({
  total: rows.length,
  byGender: suppressSmallCells(
    count(rows, (r) => genderGroupOf(r.gender), genderGroups()),
    rows.length,
  ),
  byIprc: count(rows, (r) => r.iprc, IPRC_CODES),
  bySubject: count(rows, (r) => r.subject),
});

/** Shortlist and selections against the targets; `places` is the experts asked for by published ToRs. */
export function balance(rows: Placed[], places: number) {
  const selected = rows.filter((r) => r.status === 'selected');
  const shortlisted = rows.filter((r) => ['shortlisted', 'reserve', 'selected'].includes(r.status));
  const covered = IPRC_CODES.filter((iprc) => selected.some((r) => r.iprc === iprc));
  return {
    targets: TARGETS,
    places,
    suppression: {
      threshold: SMALL_CELL,
      rule: `Gender counts under ${SMALL_CELL} show "<${SMALL_CELL}"; a count shows "withheld" where the total would give a smaller one away.`,
    },
    shortlisted: breakdown(shortlisted),
    selected: breakdown(selected),
    coverage: {
      iprcsWithSelection: covered.length,
      iprcsWithout: IPRC_CODES.filter((iprc) => !covered.includes(iprc)),
      expertsStillToSelect: Math.max(0, TARGETS.experts - selected.length),
    },
  };
}
