import { useTranslation } from 'react-i18next';
import type { ImportReport } from './imports.api.ts';

/** The dry run's figures, then each row error and each duplicate, by row number as in the file. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const figures = [
    ['rows', report.rows],
    ['valid', report.valid],
    ['errors', report.errors.length],
    ['duplicates', report.duplicates.length],
    ['wouldCreate', report.wouldCreate],
    ['wouldUpdate', report.wouldUpdate],
  ] as const;
  return (
    <>
      <dl className="figures">
        {figures.map(([key, value]) => (
          <div key={key} className="figures__item">
            <dt>{t(`import.figures.${key}`)}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <table className="table table--stacking">
          <caption>{t('import.errorsCaption', { count: report.errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error, index) => (
              <tr key={index}>
                <th scope="row" data-label={t('import.row')}>
                  {error.row}
                </th>
                <td data-label={t('import.column')}>{error.column}</td>
                <td data-label={t('import.message')}>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.duplicates.length > 0 && (
        <table className="table table--stacking">
          <caption>{t('import.duplicatesCaption', { count: report.duplicates.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.row')}</th>
              <th scope="col">{t('fields.email')}</th>
              <th scope="col">{t('import.duplicateOf')}</th>
            </tr>
          </thead>
          <tbody>
            {report.duplicates.map((duplicate, index) => (
              <tr key={index}>
                <th scope="row" data-label={t('import.row')}>
                  {duplicate.row}
                </th>
                <td data-label={t('fields.email')}>{duplicate.email}</td>
                <td data-label={t('import.duplicateOf')}>{duplicate.duplicateOf}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
