import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../ui/page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('common.toDashboard')}</Link>
      </p>
    </Page>
  );
}
