/** Campaign figures of one office: an aggregate, so that each event counts exactly once (see the handler). */
export interface OfficeFigures {
  launched: number;
}

export const OFFICE_FIGURES = 'office-figures';
export const offices = ['BE', 'DE'] as const;
