import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation, useRouteError } from 'react-router';
import { NotFoundPage } from '../layout/not-found.page.tsx';
import { Page } from './page.tsx';

/**
 * What a reader sees when a page fails to render: a plain apology in their language and a way home, never the
 * router's developer screen with a stack trace (that leaks internals and frightens a visitor). The error still
 * goes to the console for whoever debugs it.
 */
export function CrashPage({ home }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.crash.title')}>
      <div role="alert" className="alert alert--error">
        <p>{t('errors.crash.text')}</p>
        {/* Full loads, not client-side navigations: the state that failed goes with the page. */}
        <button type="button" className="button button--secondary" onClick={() => location.reload()}>
          {t('common.retry')}
        </button>
      </div>
      {home && (
        <p>
          <a href={home}>{t('errors.crash.home')}</a>
        </p>
      )}
    </Page>
  );
}

/** The router's `errorElement`: a route that throws while loading or rendering shows the crash page. */
export function RouteErrorPage({ home }: { home?: string }) {
  const error = useRouteError();
  if (isNotFound(error)) return <NotFoundPage />;
  console.error(error);
  return <CrashPage home={home} />;
}

/**
 * Around a layout's outlet, so that a failing page keeps the header, the language switcher and the footer; the
 * next navigation tries again.
 */
export function PageBoundary({ home, children }: { home?: string; children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      fallback={<CrashPage home={home} />}
      resetKeys={[pathname]}
      onError={(error) => console.error(error)}
    >
      {children}
    </ErrorBoundary>
  );
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 404;
}
