import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../ui/form-alert.tsx';
import { type Filters, registrantsApi } from './registrants.api.ts';

/** Downloads the CSV of every registrant matching the filters, through the API (a link could not carry the token). */
export function ExportButton({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setPending(true);
    setError(null);
    try {
      const file = await registrantsApi.export(filters);
      const url = URL.createObjectURL(file);
      const link = document.createElement('a');
      link.href = url;
      link.download = `registrants-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      // Give the browser time to start the download before the file's address stops working.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="export">
      <FormAlert error={error} />
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={pending || undefined}
        onClick={() => {
          if (!pending) void download();
        }}
      >
        {t('registrants.export')}
      </button>
    </div>
  );
}
