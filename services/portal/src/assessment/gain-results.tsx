import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { type Assessment, type Gain, gainText, scoreText, type TraineeScore } from './assessment.api.ts';

/**
 * Each trainee's scores and normalised gain, the formula under the table, the cohort's and each sex's gain (the
 * gain of the means, as training computes it), and a chart of pre- against post-test means by sex.
 */
export function GainResults({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const label = useLabels();
  const none = t('common.none');
  const score = (trainee: TraineeScore, kind: 'pre' | 'post') => {
    const value = trainee[kind];
    if (value === null) return none;
    const byHand = trainee[kind === 'pre' ? 'preBy' : 'postBy'] === 'hand';
    return byHand
      ? t('assessment.results.byHand', { score: scoreText(value, none) })
      : scoreText(value, none);
  };
  const groups: (Gain & { group: string })[] = [
    { group: t('assessment.results.cohort'), ...assessment.cohort },
    ...assessment.bySex.map((g) => ({ group: label.gender(g.sex), ...g })),
  ];
  return (
    <section className="card" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('assessment.results.heading')}</h2>
      <DataTable
        rows={assessment.trainees}
        rowKey={(trainee) => trainee.traineeId}
        caption={t('assessment.results.caption')}
        empty={t('assessment.results.empty')}
        columns={[
          {
            header: t('assessment.results.trainee'),
            rowHeader: true,
            sortBy: (trainee) => trainee.name,
            cell: (trainee) => trainee.name ?? t('assessment.results.erased'),
          },
          { header: t('assessment.results.sex'), cell: (trainee) => label.gender(trainee.sex) },
          {
            header: t('assessment.results.pre'),
            numeric: true,
            sortBy: (trainee) => trainee.pre,
            cell: (trainee) => score(trainee, 'pre'),
          },
          {
            header: t('assessment.results.post'),
            numeric: true,
            sortBy: (trainee) => trainee.post,
            cell: (trainee) => score(trainee, 'post'),
          },
          {
            header: t('assessment.results.gain'),
            numeric: true,
            sortBy: (trainee) => trainee.gain,
            cell: (trainee) => gainText(trainee.gain, none),
          },
        ]}
      />
      <p className="field__hint">{t('assessment.results.formula')}</p>
      <h3>{t('assessment.results.groups')}</h3>
      <DataTable
        rows={groups}
        rowKey={(group) => group.group}
        caption={t('assessment.results.groupsCaption')}
        empty={t('assessment.results.empty')}
        columns={[
          { header: t('assessment.results.group'), rowHeader: true, cell: (group) => group.group },
          { header: t('assessment.results.both'), numeric: true, cell: (group) => group.trainees },
          {
            header: t('assessment.results.meanPre'),
            numeric: true,
            cell: (group) => scoreText(group.pre, none),
          },
          {
            header: t('assessment.results.meanPost'),
            numeric: true,
            cell: (group) => scoreText(group.post, none),
          },
          {
            header: t('assessment.results.gain'),
            numeric: true,
            cell: (group) => gainText(group.gain, none),
          },
        ]}
      />
      <MeansChart assessment={assessment} />
    </section>
  );
}

/** Pre- and post-test means of each sex, side by side (the numbers are in the table above it). */
function MeansChart({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const label = useLabels();
  const data = assessment.bySex
    .filter((g) => g.pre !== null && g.post !== null)
    .map((g) => ({ sex: label.gender(g.sex), pre: g.pre, post: g.post }));
  if (data.length === 0) return <p>{t('assessment.results.noChart')}</p>;
  const pre = t('assessment.results.meanPre');
  const post = t('assessment.results.meanPost');
  return (
    <figure className="chart">
      <figcaption>{t('assessment.results.chart')}</figcaption>
      <div className="table-scroll">
        <BarChart
          width={Math.max(320, 160 * data.length + 120)}
          height={280}
          data={data}
          role="img"
          aria-label={t('assessment.results.chart')}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="sex" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip formatter={(value) => `${scoreText(Number(value), '')} %`} />
          <Legend />
          <Bar dataKey="pre" name={pre} fill="#6b7280" isAnimationActive={false} />
          <Bar dataKey="post" name={post} fill="#1d4ed8" isAnimationActive={false} />
        </BarChart>
      </div>
    </figure>
  );
}
