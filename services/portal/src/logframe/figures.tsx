import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../funding/money.ts';
import { useLabels } from '../programme/use-labels.ts';

/** Reporting's stand-ins for a cell whose facts lack the dimension (services/reporting/src/logframe/figures.ts). */
const NOT_STATED = 'not stated';
const UNKNOWN = 'unknown';

/**
 * Figures as the page writes them, by the indicator's unit: people and counts whole, a ratio to two decimals, money
 * in its currency. A null is a suppressed small cell on a `people` indicator ("fewer than 5"), else no figure yet.
 */
export function useFigures(smallCell: number) {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const language = i18n.language;
  const value = (unit: string, figure: number) => {
    if (unit === 'ratio')
      return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        figure,
      );
    if (unit === 'people' || unit === 'count') return new Intl.NumberFormat(language).format(figure);
    return formatMoney(figure, unit, language);
  };
  return {
    value,
    text: (unit: string, figure: number | null) =>
      figure !== null
        ? value(unit, figure)
        : unit === 'people'
          ? t('logframe.suppressed', { smallCell })
          : t('common.none'),
    percent: (share: number) =>
      new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    /** The name of a breakdown's cell: an IPRC, a sex (as the programme names them), else its code. */
    cell: (dimension: string, code: string) => {
      if (code === NOT_STATED) return t('logframe.notStated');
      if (code === UNKNOWN) return t('logframe.unknown');
      if (dimension === 'sex') return label.gender(code);
      if (dimension === 'iprc') return label.institution(code);
      if (dimension === 'office') return label.office(code);
      return code;
    },
  };
}

/** Whether a figure was suppressed as a small cell. */
export const isSuppressed = (unit: string, figure: number | null) => figure === null && unit === 'people';

/**
 * A figure, a link to the events behind it when the reader may see them (`to`); `label` names the link (it
 * starts with the figure, as it reads on screen).
 */
export function Figure(props: { text: string; to?: string; label: string }) {
  if (!props.to) return <span className="figure">{props.text}</span>;
  return (
    <Link to={props.to} className="figure" aria-label={props.label}>
      {props.text}
    </Link>
  );
}
