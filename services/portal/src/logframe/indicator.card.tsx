import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/dates.ts';
import { BreakdownFigures } from './breakdown-figures.tsx';
import { CumulativeChart } from './cumulative-chart.tsx';
import { Figure, isSuppressed, useFigures } from './figures.tsx';
import { type Indicator, logframePaths, shownDimensions } from './logframe.api.ts';

/**
 * One indicator: its figure to the quarter's end against its target (a link to its sources for those who may see
 * them), what the quarter added, its progress, its course per quarter and its breakdowns by sex and IPRC.
 */
export function IndicatorCard(props: {
  indicator: Indicator;
  quarter: string;
  smallCell: number;
  linked: boolean;
  level: 3 | 4;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const figures = useFigures(props.smallCell);
  const id = useId();
  const { indicator: i, quarter } = props;
  const Heading = props.level === 3 ? 'h3' : 'h4';
  const cumulative = figures.text(i.unit, i.cumulative);
  const suppressed =
    isSuppressed(i.unit, i.cumulative) ||
    isSuppressed(i.unit, i.inQuarter) ||
    shownDimensions.some((d) => Object.values(i.breakdowns[d] ?? {}).some((v) => isSuppressed(i.unit, v)));
  return (
    <article className="card indicator" aria-labelledby={id}>
      <Heading id={id}>
        <span className="badge">{i.code}</span> {i.title}
      </Heading>
      <details>
        <summary>{t('logframe.definition')}</summary>
        <p>{i.definition}</p>
      </details>
      <dl className="facts">
        <dt>{t('logframe.cumulative', { quarter })}</dt>
        <dd>
          <Figure
            text={cumulative}
            to={props.linked && i.cumulative !== null ? logframePaths.sources(i.code, quarter) : undefined}
            label={t('logframe.figureLink', { figure: cumulative, title: i.title })}
          />
        </dd>
        <dt>{t('logframe.target')}</dt>
        <dd>{figures.value(i.unit, i.target)}</dd>
        <dt>{t('logframe.baseline')}</dt>
        <dd>{figures.value(i.unit, i.baseline)}</dd>
        <dt>{t('logframe.inQuarter', { quarter })}</dt>
        <dd>{figures.text(i.unit, i.inQuarter)}</dd>
        <dt>{t('logframe.period')}</dt>
        <dd>{dates.period(i.period.start, i.period.end)}</dd>
      </dl>
      {i.progress !== null && (
        <p className="indicator__progress">
          <progress
            value={Math.min(Math.max(i.progress, 0), 1)}
            max={1}
            aria-label={t('logframe.progress', { title: i.title })}
            aria-valuetext={t('logframe.progressText', { percent: figures.percent(i.progress) })}
          />{' '}
          {t('logframe.progressText', { percent: figures.percent(i.progress) })}
        </p>
      )}
      {suppressed && (
        <p className="field__hint">{t('logframe.suppressedNote', { smallCell: props.smallCell })}</p>
      )}
      <CumulativeChart indicator={i} smallCell={props.smallCell} />
      {shownDimensions
        .filter((dimension) => i.breakdowns[dimension])
        .map((dimension) => (
          <BreakdownFigures
            key={dimension}
            indicator={i}
            dimension={dimension}
            quarter={quarter}
            smallCell={props.smallCell}
            linked={props.linked}
            level={props.level === 3 ? 4 : 5}
          />
        ))}
    </article>
  );
}
