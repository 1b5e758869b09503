/** Registered members of one office, by channel: an aggregate, so that each event counts exactly once. */
export interface MemberFigures {
  registered: number;
  byChannel: Record<string, number>;
}

export const MEMBER_FIGURES = 'member-figures';

export const noMemberFigures = (): MemberFigures => ({ registered: 0, byChannel: {} });
