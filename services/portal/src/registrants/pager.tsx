import { useTranslation } from 'react-i18next';

/** Previous and next page, and where we are; buttons that do nothing are not shown. */
export function Pager(props: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (props.pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {props.page > 1 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.onPage(props.page - 1)}
        >
          {t('pager.previous')}
        </button>
      )}
      <span aria-current="page">{t('pager.position', { page: props.page, pages: props.pages })}</span>
      {props.page < props.pages && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.onPage(props.page + 1)}
        >
          {t('pager.next')}
        </button>
      )}
    </nav>
  );
}
