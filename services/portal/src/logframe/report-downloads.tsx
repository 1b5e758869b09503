import { useTranslation } from 'react-i18next';
import { useAllows } from '../auth/use-session.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { DownloadButton } from '../ui/download-button.tsx';
import { logframeAccess, logframeApi, reportFormats } from './logframe.api.ts';

/**
 * The donor's reports of the quarter: XLSX, PDF and CSV, and the IATI activity. Fetched with the bearer token (a
 * plain link could not carry it), saved under the names reporting gives them.
 */
export function ReportDownloads({ quarter }: { quarter: string }) {
  const { t } = useTranslation();
  const can = useAllows();
  const programme = useProgramme();
  if (!can(logframeAccess.report) && !can(logframeAccess.iati)) return null;
  const name = `${programme.id}-${quarter}`;
  return (
    <section className="card" aria-labelledby="logframe-downloads">
      <h2 id="logframe-downloads">{t('logframe.downloads.heading', { quarter })}</h2>
      <div className="actions">
        {can(logframeAccess.report) &&
          reportFormats.map((format) => (
            <DownloadButton
              key={format}
              label={t(`logframe.downloads.${format}`)}
              file={() => logframeApi.report(quarter, format)}
              name={`${name}.${format}`}
            />
          ))}
        {can(logframeAccess.iati) && (
          <DownloadButton
            label={t('logframe.downloads.iati')}
            file={() => logframeApi.iati(quarter)}
            name={`${name}-iati.xml`}
          />
        )}
      </div>
    </section>
  );
}
