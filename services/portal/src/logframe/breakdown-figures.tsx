import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { Figure, useFigures } from './figures.tsx';
import { type Indicator, logframePaths, type ShownDimension } from './logframe.api.ts';

/**
 * One breakdown of an indicator's cumulative figure (by sex, by IPRC): a small bar chart and the table of its
 * cells, each a link to its sources for those who may see them (a bar too, for a pointer).
 */
export function BreakdownFigures(props: {
  indicator: Indicator;
  dimension: ShownDimension;
  quarter: string;
  smallCell: number;
  linked: boolean;
  /** Its heading's level, one below the indicator's. */
  level: 4 | 5;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const figures = useFigures(props.smallCell);
  const { indicator: i, dimension, quarter } = props;
  const cells = Object.entries(i.breakdowns[dimension] ?? {}).map(([code, value]) => ({
    code,
    name: figures.cell(dimension, code),
    value,
    to:
      props.linked && value !== null
        ? logframePaths.sources(i.code, quarter, { dimension, value: code })
        : undefined,
  }));
  const Heading = props.level === 4 ? 'h4' : 'h5';
  const dimensionName = t(`logframe.dimensions.${dimension}`);
  const caption = t('logframe.breakdown', { title: i.title, dimension: dimensionName });
  return (
    <div className="breakdown">
      <Heading>{t('logframe.breakdownHeading', { dimension: dimensionName })}</Heading>
      {cells.length === 0 ? (
        <p>{t('logframe.noBreakdown')}</p>
      ) : (
        <>
          <BarChart
            width={280}
            height={Math.max(120, 28 * cells.length + 40)}
            data={cells}
            layout="vertical"
            role="img"
            aria-label={caption}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="name" width={96} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(value) => figures.value(i.unit, Number(value))} />
            <Bar
              dataKey="value"
              name={t('logframe.figureColumn')}
              fill="#1d4ed8"
              isAnimationActive={false}
              cursor={props.linked ? 'pointer' : undefined}
              onClick={(_, index) => {
                const to = cells[index]?.to;
                if (to) void navigate(to);
              }}
            />
          </BarChart>
          <table className="table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('logframe.cellColumn')}</th>
                <th scope="col" className="number">
                  {t('logframe.figureColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {cells.map((cell) => {
                const text = figures.text(i.unit, cell.value);
                return (
                  <tr key={cell.code}>
                    <th scope="row">{cell.name}</th>
                    <td className="number">
                      <Figure
                        text={text}
                        to={cell.to}
                        label={t('logframe.cellLink', { figure: text, title: i.title, cell: cell.name })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
