import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** An e-mail link that lost its token (cut by the mail client, copied in part). */
export function MissingToken() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert--error">
      <p>{t('missingToken.text')}</p>
      <p>
        <Link to="/forgot-password">{t('missingToken.requestNew')}</Link>
      </p>
    </div>
  );
}
