import { type Disaggregation, NOT_STATED, type ProgrammeDefinition } from '@ikiraro/programme';

// What the human formats (XLSX, PDF) print for a code or a figure: names from the programme definition, and one
// spelling of a suppressed cell, so a donor reads the same thing in every file.

const DIMENSIONS: Record<Disaggregation, string> = {
  sex: 'Sex',
  iprc: 'Institution',
  office: 'Office',
  subject: 'Subject',
  channel: 'Channel',
  instrument: 'Instrument',
};

/** The dimension's name; the host's own word for its institutions (e.g. `IPRC`). */
export const dimensionName = (dimension: Disaggregation, programme: ProgrammeDefinition) =>
  dimension === 'iprc' ? programme.host.institutionKind : DIMENSIONS[dimension];

/** A breakdown cell's name: the institution, office, subject or gender it stands for, else the code itself. */
export function codeName(dimension: Disaggregation, code: string, programme: ProgrammeDefinition): string {
  const lists: Partial<Record<Disaggregation, { code: string; name: string }[]>> = {
    sex: programme.genders,
    iprc: programme.host.institutions,
    office: programme.offices,
    subject: programme.subjects,
  };
  const named = lists[dimension]?.find((entry) => entry.code === code)?.name;
  if (named) return named;
  // The reporting service counts "prefer not to say" and no answer together under this code.
  if (dimension === 'sex' && code === NOT_STATED) return 'Not stated';
  return code;
}

/** Only people are suppressed; a null of another unit is a mean of no facts yet. */
export const isSuppressed = (value: number | null, unit: string) => value === null && unit === 'people';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure as printed: grouped digits (`12,500`), `<5` for a suppressed cell, a dash for no figure yet. */
export const figureText = (value: number | null, unit: string, smallCell: number) =>
  value !== null ? NUMBER.format(value) : isSuppressed(value, unit) ? `<${smallCell}` : '–';

/** `cumulative / target` as a whole percentage, or a dash when it cannot be computed. */
export const progressText = (progress: number | null) =>
  progress === null ? '–' : `${Math.round(progress * 100)}%`;

/**
 * The sentence every human format carries about small cells. A breakdown that would hide one cell only hides the
 * next smallest too (else its total gives the small one away), so a `<5` cell may hold more: the note says so.
 */
export const suppressionNote = (smallCell: number) =>
  `Cells of fewer than ${smallCell} people are shown as <${smallCell}, and so is a second cell of a breakdown ` +
  `where one alone would be worked out from the total. Totals include every person. A dash: none counted, or no figure yet.`;
