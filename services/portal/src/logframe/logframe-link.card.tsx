import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { logframePaths } from './logframe.api.ts';

/** The dashboard's way to the results framework (shown to those the policy lets read it). */
export function LogframeLinkCard() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="logframe-heading">
      <h2 id="logframe-heading">{t('logframe.dashboard.heading')}</h2>
      <p>{t('logframe.dashboard.text')}</p>
      <p>
        <Link to={logframePaths.logframe}>{t('logframe.dashboard.link')}</Link>
      </p>
    </section>
  );
}
