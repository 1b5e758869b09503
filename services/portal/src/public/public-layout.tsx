import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitcher } from '../layout/language-switcher.tsx';
import { ProgrammeGate } from '../programme/programme-gate.tsx';
import { PageBoundary } from '../ui/error-page.tsx';

function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The pages for the public: no staff navigation, every language on offer, made for a phone first. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
      <header className="header header--public">
        <div className="header__bar">
          <span className="brand">{t('app.name')}</span>
          <div className="header__tools">
            <LanguageSwitcher />
          </div>
        </div>
      </header>
      <main id="main" className="main main--public" tabIndex={-1}>
        <PageBoundary>
          <ProgrammeGate>
            <Outlet />
          </ProgrammeGate>
        </PageBoundary>
      </main>
      <footer className="footer">
        <p>{t('public.footer')}</p>
      </footer>
    </>
  );
}
