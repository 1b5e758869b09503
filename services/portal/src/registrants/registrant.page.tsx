import { useTranslation } from 'react-i18next';
import { useLabels } from '../programme/use-labels.ts';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { EraseMember } from './erase-member.form.tsx';
import { type ConsentAnswer, type Registrant, registrantsApi } from './registrants.api.ts';
import { FactsCard } from '../ui/facts-card.tsx';

/** A registrant's profile as they gave it, and the consent they recorded (with its text version). */
export function RegistrantPage() {
  const { t, i18n } = useTranslation();
  const label = useLabels();
  const { day, instant } = useDates();
  const id = useParams().id ?? '';
  const can = useAllows();
  const { data, error, reload } = useQuery<Registrant>(registrantsApi.one(id));
  // An erased member's profile is gone (404): what remains is their erasure certificate.
  if (error instanceof ApiProblem && error.code === 'member.not_found' && can(access.memberErasure))
    return <NotFoundMaybeErased id={id} />;
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const member = data;
  const erased = member.status === 'erased';
  const size = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'kilobyte',
    maximumFractionDigits: 0,
  });
  const consent = (answer: ConsentAnswer | undefined) =>
    answer
      ? t(answer.given ? 'registrant.consentGiven' : 'registrant.consentRefused', {
          at: instant(answer.at),
          version: answer.textVersion,
        })
      : t('common.none');

  return (
    <Page title={erased ? t('registrants.erased') : `${member.firstName} ${member.lastName}`}>
      <p>
        <Link to="/registrants">{t('registrant.back')}</Link>
      </p>
      <FactsCard title={t('registrant.contact')}>
        <dt>{t('fields.email')}</dt>
        <dd>{member.email || t('common.none')}</dd>
        <dt>{t('registrant.phone')}</dt>
        <dd>{member.phone || t('common.none')}</dd>
        <dt>{t('registrants.country')}</dt>
        <dd>{member.countryOfResidence ? label.country(member.countryOfResidence) : t('common.none')}</dd>
        <dt>{t('registrants.status')}</dt>
        <dd>
          <span className={`badge badge--${member.status}`}>{t(`memberStatus.${member.status}`)}</span>
        </dd>
        <dt>{t('registrants.campaign')}</dt>
        <dd>
          <Link to={`/campaigns/${encodeURIComponent(member.campaignId)}`}>{t('registrant.toCampaign')}</Link>
        </dd>
        <dt>{t('registrants.channel')}</dt>
        <dd>{t(`channels.${member.channel}`)}</dd>
        <dt>{t('campaignFields.office')}</dt>
        <dd>{label.office(member.office)}</dd>
        <dt>{t('registrants.createdAt')}</dt>
        <dd>{instant(member.createdAt)}</dd>
      </FactsCard>
      {!erased && (
        <>
          <section className="card" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t('registrant.profile')}</h2>
            <dl className="facts">
              <dt>{t('registrants.subjects')}</dt>
              <dd>{member.subjects.join(', ') || t('common.none')}</dd>
              <dt>{t('registrants.experience')}</dt>
              <dd>{t('registrants.years', { count: member.yearsOfExperience })}</dd>
              <dt>{t('registrant.languages')}</dt>
              <dd>{member.languages.map(label.language).join(', ') || t('common.none')}</dd>
              <dt>{t('registrant.gender')}</dt>
              <dd>{member.gender ? label.gender(member.gender) : t('registrant.notSaid')}</dd>
              <dt>{t('registrant.cv')}</dt>
              <dd>
                {member.cv
                  ? t('registrant.cvOnFile', { size: size.format(member.cv.size / 1024) })
                  : t('common.none')}
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="qualifications-heading">
            <h2 id="qualifications-heading">{t('registrant.qualifications')}</h2>
            {member.qualifications.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul className="plain-list">
                {member.qualifications.map((q, index) => (
                  <li key={index}>
                    {t('registrant.qualification', {
                      level: t(`levels.${q.level}`),
                      field: q.field,
                      institution: q.institution,
                      year: q.year,
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="availability-heading">
            <h2 id="availability-heading">{t('registrant.availability')}</h2>
            {member.availability.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul className="plain-list">
                {member.availability.map((window, index) => (
                  <li key={index}>
                    {day(window.from)} – {day(window.to)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section className="card" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('registrant.consent')}</h2>
        {member.consent ? (
          <dl className="facts">
            <dt>{t('registrant.consentProgramme')}</dt>
            <dd>{consent(member.consent.programme)}</dd>
            <dt>{t('registrant.consentOpportunities')}</dt>
            <dd>{consent(member.consent.opportunities)}</dd>
            <dt>{t('registrant.consentMentoring')}</dt>
            <dd>{member.consent.mentoring ? consent(member.consent.mentoring) : t('registrant.notAsked')}</dd>
          </dl>
        ) : (
          <p>{t('registrant.noConsent')}</p>
        )}
      </section>
      {!erased && can(access.eraseMember) && <EraseMember memberId={member.id} />}
    </Page>
  );
}

function NotFoundMaybeErased({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('erasure.registrantNotFound')}>
      <div role="alert" className="alert alert--error">
        <p>{t('errors.member.not_found')}</p>
      </div>
      <p>{t('erasure.maybeErased')}</p>
      <p>
        <Link to={`/registrants/${encodeURIComponent(id)}/erasure`}>{t('erasure.openCertificate')}</Link>
      </p>
      <p>
        <Link to="/registrants">{t('registrant.back')}</Link>
      </p>
    </Page>
  );
}
