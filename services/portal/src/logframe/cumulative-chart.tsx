import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useFigures } from './figures.tsx';
import type { Indicator } from './logframe.api.ts';

/**
 * The cumulative figure quarter by quarter against the target (a line across). The chart is one image to screen
 * readers; the figures are in the table beside it, hidden from sight.
 */
export function CumulativeChart({ indicator: i, smallCell }: { indicator: Indicator; smallCell: number }) {
  const { t } = useTranslation();
  const figures = useFigures(smallCell);
  const data = i.quarters.map((q) => ({ quarter: q.quarter, cumulative: q.cumulative }));
  const top = Math.max(i.target, ...data.map((d) => d.cumulative ?? 0));
  const label = t('logframe.chart', { title: i.title, target: figures.value(i.unit, i.target) });
  return (
    <figure className="chart indicator__chart">
      <LineChart width={280} height={180} data={data} role="img" aria-label={label}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="quarter" tick={{ fontSize: 11 }} />
        <YAxis
          domain={[0, top]}
          width={64}
          tick={{ fontSize: 11 }}
          tickFormatter={(value: number) => figures.value(i.unit, value)}
        />
        <Tooltip formatter={(value) => figures.value(i.unit, Number(value))} />
        <ReferenceLine
          y={i.target}
          stroke="#b45309"
          strokeDasharray="6 3"
          label={{ value: t('logframe.targetLine'), position: 'insideTopLeft', fontSize: 11 }}
        />
        <Line
          dataKey="cumulative"
          name={t('logframe.cumulativeColumn')}
          stroke="#1d4ed8"
          isAnimationActive={false}
        />
      </LineChart>
      <table className="visually-hidden">
        <caption>{t('logframe.chartTable', { title: i.title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logframe.quarter')}</th>
            <th scope="col">{t('logframe.cumulativeColumn')}</th>
            <th scope="col">{t('logframe.inQuarterColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {i.quarters.map((q) => (
            <tr key={q.quarter}>
              <th scope="row">{q.quarter}</th>
              <td>{figures.text(i.unit, q.cumulative)}</td>
              <td>{figures.text(i.unit, q.inQuarter)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
