import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../ui/download-button.tsx';
import { type Filters, registrantsApi } from './registrants.api.ts';

/** Downloads the CSV of every registrant matching the filters. */
export function ExportButton({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  return (
    <div className="export">
      <DownloadButton
        label={t('registrants.export')}
        file={() => registrantsApi.export(filters)}
        name={`registrants-${new Date().toISOString().slice(0, 10)}.csv`}
      />
    </div>
  );
}
