import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
import { ApplyButton, useDryRun } from './dry-run.tsx';
import { type ImportReport, type ImportResult, importsApi } from './imports.api.ts';

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
  const { checked, setChecked, importError, setImportError, importing, reportRef, apply } =
    useDryRun<Checked>();
  const [result, setResult] = useState<ImportResult>();
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

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
            <ApplyButton
              id="import"
              clean={Boolean(clean)}
              importing={importing}
              label={t('import.apply')}
              blocked={t('import.blocked')}
              onApply={() =>
                void apply(checked, async (what) => {
                  setResult(await importsApi.apply(what.campaignId, what.file));
                  form.ref.current?.reset();
                })
              }
            />
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
