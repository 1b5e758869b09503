import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth/use-session.ts';
import { staffLanguageCodes } from '../i18n/i18n.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { MainNav } from './main-nav.tsx';
import { PageFrame } from './page-frame.tsx';
import { UserMenu } from './user-menu.tsx';

export function AppLayout() {
  const { t } = useTranslation();
  const state = useSession();
  const user = state.status === 'signed-in' ? state.user : undefined;
  return (
    <PageFrame
      mainClassName="main"
      home="/"
      header={
        <header className="header">
          <div className="header__bar">
            <Link to="/" className="brand">
              {t('app.name')}
            </Link>
            <div className="header__tools">
              <LanguageSwitcher offer={staffLanguageCodes} />
              {user && <UserMenu user={user} />}
            </div>
          </div>
          {user && <MainNav />}
        </header>
      }
    />
  );
}
