import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { ApplyButton, useDryRun } from '../imports/dry-run.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { TextField } from '../ui/field.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { type TraineeImportReport, trainingAccess, trainingApi } from './training.api.ts';

/** The file checked and its report: importing is offered for exactly what was checked. */
interface Checked {
  file: File;
  report: TraineeImportReport;
}

/**
 * A list of trainees in two steps, as the registrants' import: a dry run shows what would be enrolled and every
 * row's error; only a clean report can be imported.
 */
export function TraineeImport({ totId }: { totId: string }) {
  const { t } = useTranslation();
  const can = useAllows();
  const { checked, setChecked, importError, setImportError, importing, reportRef, apply } =
    useDryRun<Checked>();
  const [enrolled, setEnrolled] = useState<number>();

  const form = useFormAction(async (data) => {
    const file = data.get('file');
    const chosen = file instanceof File && file.size > 0 ? file : undefined;
    check({ file: !chosen && t('training.import.fileMissing') });
    setEnrolled(undefined);
    setImportError(null);
    setChecked({ file: chosen!, report: await trainingApi.dryRun(totId, chosen!) });
  });

  const clean = checked && checked.report.errors.length === 0 && checked.report.toEnrol > 0;
  return (
    <>
      <div role="status">
        {enrolled !== undefined && (
          <p className="notice notice--success">{t('training.import.done', { count: enrolled })}</p>
        )}
      </div>
      <ActionForm
        form={form}
        label={t('training.import.form')}
        submit={t('training.import.check')}
        onChange={() => setChecked(undefined)}
      >
        <h3>{t('training.import.form')}</h3>
        <TextField
          label={t('training.import.file')}
          hint={t('training.import.fileHint')}
          name="file"
          type="file"
          accept=".csv,text/csv"
        />
      </ActionForm>
      {checked && (
        <section className="report" aria-labelledby="trainee-report-heading">
          <h3 id="trainee-report-heading" ref={reportRef} tabIndex={-1}>
            {t('training.import.report', { file: checked.file.name })}
          </h3>
          <ReportView report={checked.report} />
          <FormAlert error={importError} />
          {can(trainingAccess.import) && (
            <ApplyButton
              id="trainee-import"
              clean={Boolean(clean)}
              importing={importing}
              label={t('training.import.apply')}
              blocked={t('training.import.blocked')}
              onApply={() =>
                void apply(checked, async (what) => {
                  // The answer is the list as now: what it enrolled is the growth since the dry run.
                  const result = await trainingApi.import(totId, what.file);
                  setEnrolled(result.enrolled - what.report.enrolled);
                  form.ref.current?.reset();
                })
              }
            />
          )}
        </section>
      )}
      {!checked && importError ? <FormAlert error={importError} /> : null}
    </>
  );
}

/** The dry run's figures, then each row's error by its line in the file. */
function ReportView({ report }: { report: TraineeImportReport }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const figures = [
    ['rows', report.rows],
    ['toEnrol', report.toEnrol],
    ['existing', report.existing],
    ['errors', report.errors.length],
    ['enrolled', report.enrolled],
    ['capacity', report.capacity],
  ] as const;
  return (
    <>
      <dl className="figures">
        {figures.map(([key, value]) => (
          <div key={key} className="figures__item">
            <dt>{t(`training.import.figures.${key}`)}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <table className="table table--stacking">
          <caption>{t('training.import.errorsCaption', { count: report.errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.import.row')}</th>
              <th scope="col">{t('training.import.column')}</th>
              <th scope="col">{t('training.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error, index) => (
              <tr key={index}>
                <th scope="row" data-label={t('training.import.row')}>
                  {error.row}
                </th>
                <td data-label={t('training.import.column')}>{error.column ?? t('common.none')}</td>
                <td data-label={t('training.import.message')}>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
