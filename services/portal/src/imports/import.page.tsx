import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { type CampaignList, campaignsApi } from '../campaigns/campaigns.api.ts';
import { ChoiceField, TextField } from '../ui/field.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { FormAlert } from '../ui/form-alert.tsx';
import { Page } from '../ui/page.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { ImportReportView } from './import-report.tsx';
import { type ImportReport, type ImportResult, importsApi, reportIn } from './imports.api.ts';

/** The report of one file for one campaign: importing is offered for exactly what was checked. */
interface Checked {
  campaignId: string;
  file: File;
  report: ImportReport;
}

/**
 * A diaspora-mapping list in two steps: a dry run shows every row error, every duplicate and what would be created
 * or updated; only a clean report can be imported.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const campaigns = useQuery<CampaignList>(campaignsApi.list());
  const [checked, setChecked] = useState<Checked>();
  const [result, setResult] = useState<ImportResult>();
  const [importError, setImportError] = useState<unknown>(null);
  const [importing, setImporting] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);
  useEffect(() => {
    if (checked) reportRef.current?.focus();
  }, [checked]);

  const form = useFormAction(async (data) => {
    const campaignId = String(data.get('campaignId') ?? '');
    const file = data.get('file');
    const chosen = file instanceof File && file.size > 0 ? file : undefined;
    check({
      campaignId: !campaignId && t('validation.campaign'),
      file: !chosen && t('validation.csvFile'),
    });
    setResult(undefined);
    setImportError(null);
    setChecked({ campaignId, file: chosen!, report: await importsApi.dryRun(campaignId, chosen!) });
  });

  const apply = async (what: Checked) => {
    setImporting(true);
    setImportError(null);
    try {
      setResult(await importsApi.apply(what.campaignId, what.file));
      setChecked(undefined);
      form.ref.current?.reset();
    } catch (error) {
      // The list changed between the dry run and the import: show the new report instead.
      const report = error instanceof ApiProblem ? reportIn(error.body) : undefined;
      if (report) setChecked({ ...what, report });
      setImportError(error);
    } finally {
      setImporting(false);
    }
  };

  const clean = checked && checked.report.errors.length === 0;
  return (
    <Page title={t('import.title')}>
      <p>{t('import.intro')}</p>
      <div ref={resultRef} tabIndex={-1} role="status">
        {result && <p className="notice notice--success">{t('import.done', { ...result })}</p>}
      </div>
      <ActionForm
        form={form}
        label={t('import.form')}
        submit={t('import.check')}
        // Another file or campaign: the report shown no longer applies.
        onChange={() => setChecked(undefined)}
      >
        <ChoiceField
          label={t('import.campaign')}
          name="campaignId"
          defaultValue=""
          required
          error={form.fieldErrors.campaignId}
          choose={t('common.choose')}
          options={(campaigns.data?.items ?? []).map((campaign) => ({
            value: campaign.id,
            label: `${campaign.name} (${t(`campaignStatus.${campaign.status}`)})`,
          }))}
        />
        <TextField
          label={t('import.file')}
          hint={t('import.fileHint')}
          name="file"
          type="file"
          accept=".csv,text/csv"
          required
          error={form.fieldErrors.file}
        />
      </ActionForm>
      {checked && (
        <section className="card report" aria-labelledby="report-heading">
          <h2 id="report-heading" ref={reportRef} tabIndex={-1}>
            {t('import.report', { file: checked.file.name })}
          </h2>
          <ImportReportView report={checked.report} />
          <FormAlert error={importError} />
          {can(access.importRegistrants) && (
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={!clean || importing}
                aria-describedby={clean ? undefined : 'import-blocked'}
                onClick={() => void apply(checked)}
              >
                {t('import.apply')}
              </button>
              {!clean && (
                <p id="import-blocked" className="field__hint">
                  {t('import.blocked')}
                </p>
              )}
            </div>
          )}
        </section>
      )}
      {!checked && importError ? <FormAlert error={importError} /> : null}
      <p>
        <Link to="/registrants">{t('import.toRegistrants')}</Link>
      </p>
    </Page>
  );
}
