import { IsString, Length } from 'class-validator';

export class ImportQueryDto {
  /** The campaign the list's people are imported into (its office follows them). */
  @IsString()
  @Length(1, 64)
  campaignId!: string;
}

/** One problem of one row. */
export class ImportProblemDto {
  /** The file's line. */
  row!: number;
  /** The column, or null for the row as a whole. */
  column!: string | null;
  /** What is expected. */
  message!: string;
}

/** A row whose e-mail another row or a member has. */
export class ImportDuplicateDto {
  row!: number;
  email!: string;
  /** The earlier row of the file, or `existing`: a member the caller may see. */
  duplicateOf!: number | 'existing';
}

/** What a list would do (dry run), or why it was refused (`import.invalid`). */
export class ImportReport {
  /** Data rows in the file (the header and blank lines not counted). */
  rows!: number;
  /** Rows without errors. */
  valid!: number;
  /** Every problem of every row: the line, the column, what is expected. */
  errors!: ImportProblemDto[];
  /**
   * Rows whose e-mail an earlier row of the file has (`duplicateOf`: that row), or a member the caller may see
   * has ('existing': a member of their office; every office for roles that see them all).
   */
  duplicates!: ImportDuplicateDto[];
  /** New members the import would create. */
  wouldCreate!: number;
  /** Earlier imported members whose data the list changes. */
  wouldUpdate!: number;
  /** Earlier imported members the list leaves as they are. */
  unchanged!: number;
  /**
   * Valid rows left alone: a repeat of an earlier row, a person who registered (a list never overwrites a
   * registered member) or one the caller's office does not hold, without saying which.
   */
  wouldSkip!: number;
}

/** What an import did; the four add up to the file's rows. */
export class ImportResult {
  created!: number;
  updated!: number;
  unchanged!: number;
  skipped!: number;
}
