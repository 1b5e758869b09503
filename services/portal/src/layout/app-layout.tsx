import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { useSession } from '../auth/use-session.ts';
import { staffLanguageCodes } from '../i18n/i18n.ts';
import { ProgrammeGate } from '../programme/programme-gate.tsx';
import { PageBoundary } from '../ui/error-page.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { MainNav } from './main-nav.tsx';
import { UserMenu } from './user-menu.tsx';

/** Moves focus without touching the URL (a #main hash would count as a navigation for the router). */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function AppLayout() {
  const { t } = useTranslation();
  const state = useSession();
  const user = state.status === 'signed-in' ? state.user : undefined;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
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
      <main id="main" className="main" tabIndex={-1}>
        <PageBoundary home="/">
          <ProgrammeGate>
            <Outlet />
          </ProgrammeGate>
        </PageBoundary>
      </main>
    </>
  );
}
