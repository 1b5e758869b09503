import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../layout/language-switcher.tsx';
import { PageFrame } from '../layout/page-frame.tsx';

/** The pages for the public: no staff navigation, every language on offer, made for a phone first. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <PageFrame
      mainClassName="main main--public"
      header={
        <header className="header header--public">
          <div className="header__bar">
            <span className="brand">{t('app.name')}</span>
            <div className="header__tools">
              <LanguageSwitcher />
            </div>
          </div>
        </header>
      }
      footer={
        <footer className="footer">
          <p>{t('public.footer')}</p>
        </footer>
      }
    />
  );
}
