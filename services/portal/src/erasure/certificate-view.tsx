import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/dates.ts';
import type { Certificate, Confirmation } from './erasure.api.ts';

/** The services with a plain name; a holder added later shows under its own name until it gets one. */
const namedServices = [
  'outreach',
  'selection',
  'notifications',
  'placement',
  'training',
  'funding',
  'reporting',
] as const;
const isNamedService = (service: string): service is (typeof namedServices)[number] =>
  namedServices.includes(service as (typeof namedServices)[number]);

/**
 * Receipts describe what went in short English words (ADR 11: counts, never the data). The ones known here are
 * said in the reader's language; any other is shown as it came, rather than hidden.
 */
const removedWords = {
  'registration and profile': 'registration',
  'consent records': 'consent',
  CV: 'cv',
  'e-mail address': 'email',
  'profile copy': 'profileCopy',
  'nothing held': 'nothing',
  '1 copy of the stated gender': 'genderCopy',
} as const;
const isRemovedWord = (text: string): text is keyof typeof removedWords => Object.hasOwn(removedWords, text);

function useWords() {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' });
  const item = (text: string) => {
    if (isRemovedWord(text)) return t(`public.certificate.removed.${removedWords[text]}`);
    const applications = /^(\d+) applications?$/.exec(text);
    if (applications) return t('public.certificate.removed.applications', { count: Number(applications[1]) });
    const facts = /^(\d+) facts? behind the figures, now naming no one$/.exec(text);
    if (facts) return t('public.certificate.removed.facts', { count: Number(facts[1]) });
    return text;
  };
  return {
    service: (service: string) =>
      isNamedService(service) ? t(`public.certificate.serviceNames.${service}`) : service,
    removed: (removed: readonly string[]) => list.format(removed.map(item)),
  };
}

function ConfirmationItem({ confirmation }: { confirmation: Confirmation }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const words = useWords();
  const name = words.service(confirmation.service);
  return (
    <li>
      <strong>{name}</strong>
      <br />
      {confirmation.status === 'confirmed' ? (
        <span className="confirmation confirmation--done">
          {t('public.certificate.confirmed', {
            at: instant(confirmation.erasedAt ?? undefined),
            removed: words.removed(confirmation.removed),
          })}
        </span>
      ) : (
        <span className="confirmation confirmation--waiting">{t('public.certificate.waiting')}</span>
      )}
    </li>
  );
}

/**
 * What an erasure certificate says, for the person and for staff alike: when and why it was asked, whether it is
 * complete, and each service's confirmation. `children` adds rows to the facts (staff: who asked, their note).
 */
export function CertificateView({
  certificate,
  children,
}: {
  certificate: Certificate;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { instant } = useDates();
  return (
    <>
      <section className="card" aria-labelledby="certificate-facts">
        <h2 id="certificate-facts">{t('public.certificate.facts')}</h2>
        <dl className="facts">
          <dt>{t('public.certificate.requestedAt')}</dt>
          <dd>{instant(certificate.requestedAt)}</dd>
          <dt>{t('public.certificate.reason')}</dt>
          <dd>{t(`public.certificate.reasons.${certificate.reason}`)}</dd>
          {children}
          <dt>{t('public.certificate.number')}</dt>
          <dd>{certificate.certificateId}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="certificate-status">
        <h2 id="certificate-status">{t('public.certificate.status')}</h2>
        {/* Announced when a poll turns it complete. */}
        <div role="status">
          <p className={certificate.complete ? 'notice notice--success' : 'notice'}>
            {t(certificate.complete ? 'public.certificate.complete' : 'public.certificate.pending')}
          </p>
        </div>
        <h3>{t('public.certificate.services')}</h3>
        <ul className="confirmations">
          {certificate.confirmations.map((confirmation) => (
            <ConfirmationItem key={confirmation.service} confirmation={confirmation} />
          ))}
        </ul>
      </section>
    </>
  );
}
