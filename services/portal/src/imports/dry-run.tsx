import { useEffect, useRef, useState } from 'react';
import { ApiProblem } from '../api/http.ts';

/** A dry run's report, as both imports answer it: the rows read and each row's error. */
interface DryRunReport {
  rows: number;
  errors: readonly unknown[];
}

/** A report inside an `import.invalid` problem (top level, or under `report`). */
function reportIn<R extends DryRunReport>(body: Readonly<Record<string, unknown>>): R | undefined {
  const candidate = (typeof body.report === 'object' && body.report !== null ? body.report : body) as Record<
    string,
    unknown
  >;
  return typeof candidate.rows === 'number' && Array.isArray(candidate.errors)
    ? (candidate as unknown as R)
    : undefined;
}

/**
 * A list imported in two steps: `checked` holds the file of the dry run and its report (the report's heading,
 * `reportRef`, takes the focus when it appears); `apply` imports exactly that file. An import refused because the
 * data changed since the dry run shows the new report instead.
 */
export function useDryRun<C extends { file: File; report: DryRunReport }>() {
  const [checked, setChecked] = useState<C>();
  const [importError, setImportError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (checked) reportRef.current?.focus();
  }, [checked]);

  const apply = async (what: C, load: (what: C) => Promise<void>) => {
    setImporting(true);
    setImportError(null);
    try {
      await load(what);
      setChecked(undefined);
    } catch (error) {
      const report = error instanceof ApiProblem ? reportIn<C['report']>(error.body) : undefined;
      if (report) setChecked({ ...what, report });
      setImportError(error);
    } finally {
      setImporting(false);
    }
  };
  return { checked, setChecked, importError, setImportError, importing, reportRef, apply };
}

/** The button that imports what was checked, disabled, with the reason, while the report is not clean. */
export function ApplyButton(props: {
  id: string;
  clean: boolean;
  importing: boolean;
  label: string;
  blocked: string;
  onApply: () => void;
}) {
  const blockedId = `${props.id}-blocked`;
  return (
    <div className="actions">
      <button
        type="button"
        className="button"
        disabled={!props.clean || props.importing}
        aria-describedby={props.clean ? undefined : blockedId}
        onClick={props.onApply}
      >
        {props.label}
      </button>
      {!props.clean && (
        <p id={blockedId} className="field__hint">
          {props.blocked}
        </p>
      )}
    </div>
  );
}
