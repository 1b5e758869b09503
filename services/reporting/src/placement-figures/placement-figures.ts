/** Placements of one host IPRC: an aggregate, so that each event counts exactly once. */
export interface PlacementFigures {
  /** Professionals who arrived at the IPRC: their mission began. */
  engaged: number;
  /** Engaged professionals by gender, as they stated it at registration (`not-stated` when they did not). */
  engagedBySex: Record<string, number>;
  completed: number;
}

export const PLACEMENT_FIGURES = 'placement-figures';

export const noPlacementFigures = (): PlacementFigures => ({ engaged: 0, engagedBySex: {}, completed: 0 });

/**
 * Each registered member's stated gender, by member id: the one fact the placement figures need from outreach. No
 * name, no address; removed when the member is erased (the counts already made stay, anonymous).
 */
export const MEMBER_GENDERS = 'member_genders';
export const NOT_STATED = 'not-stated';
