import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { ProgrammeGate } from '../programme/programme-gate.tsx';
import { PageBoundary } from '../ui/error-page.tsx';

/** Moves focus without touching the URL (a #main hash would count as a navigation for the router). */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/**
 * What every layout shares: a skip link, its header, the page (once the programme is loaded, and behind an error
 * boundary that keeps the header), and its footer if any.
 */
export function PageFrame(props: {
  header: ReactNode;
  mainClassName: string;
  home?: string;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
      {props.header}
      <main id="main" className={props.mainClassName} tabIndex={-1}>
        <PageBoundary home={props.home}>
          <ProgrammeGate>
            <Outlet />
          </ProgrammeGate>
        </PageBoundary>
      </main>
      {props.footer}
    </>
  );
}
