import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { access } from '../auth/access.ts';
import { useAllows, useUser } from '../auth/use-session.ts';
import { logframeAccess } from '../logframe/logframe.api.ts';
import { LogframeLinkCard } from '../logframe/logframe-link.card.tsx';
import { Page } from '../ui/page.tsx';
import { CampaignFiguresCard } from './campaign-figures.card.tsx';

/** Landing page: who you are here, and the figures your roles may see. */
export function DashboardPage() {
  const { t } = useTranslation();
  const label = useLabels();
  const user = useUser();
  const can = useAllows();
  return (
    <Page title={t('dashboard.title', { name: user.name })}>
      <div className="cards">
        <section className="card" aria-labelledby="access-heading">
          <h2 id="access-heading">{t('dashboard.access')}</h2>
          <dl className="facts">
            <dt>{t('fields.roles')}</dt>
            <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
            {user.office && (
              <>
                <dt>{t('fields.office')}</dt>
                <dd>{label.office(user.office)}</dd>
              </>
            )}
            {user.iprc && (
              <>
                <dt>{t('fields.iprc')}</dt>
                <dd>{label.institution(user.iprc)}</dd>
              </>
            )}
          </dl>
        </section>
        {can(access.campaignFigures) && <CampaignFiguresCard />}
        {can(logframeAccess.read) && <LogframeLinkCard />}
      </div>
    </Page>
  );
}
