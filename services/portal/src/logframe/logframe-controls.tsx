import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/field.tsx';

/**
 * The quarter to report on (newest first) and, for staff, the shared view: what readers outside staff see. Both
 * live in the address, so that a view can be bookmarked and sent.
 */
export function LogframeControls(props: {
  quarters: readonly string[];
  quarter: string;
  onQuarter: (quarter: string) => void;
  /** Offered to staff only (outside staff, the view is always the shared one). */
  shared?: { on: boolean; onChange: (on: boolean) => void };
}) {
  const { t } = useTranslation();
  const hint = useId();
  const options = props.quarters.includes(props.quarter)
    ? props.quarters
    : [props.quarter, ...props.quarters];
  return (
    <form
      className="filters"
      aria-label={t('logframe.controls.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        label={t('logframe.controls.quarter')}
        name="quarter"
        value={props.quarter}
        onChange={(event) => props.onQuarter(event.target.value)}
      >
        {options.map((quarter) => (
          <option key={quarter} value={quarter}>
            {quarter}
          </option>
        ))}
      </SelectField>
      {props.shared && (
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              name="shared"
              checked={props.shared.on}
              aria-describedby={hint}
              onChange={(event) => props.shared?.onChange(event.target.checked)}
            />
            {t('logframe.controls.shared')}
          </label>
          <p id={hint} className="field__hint">
            {t('logframe.controls.sharedHint')}
          </p>
        </div>
      )}
    </form>
  );
}
