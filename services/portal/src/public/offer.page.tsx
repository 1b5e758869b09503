import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { type Offer, offerApi } from '../placements/offer.api.ts';
import { useLabels } from '../programme/use-labels.ts';
import { usePlaces } from '../programme/use-programme.ts';
import { ActionButton } from '../ui/action-button.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { useDates } from '../ui/dates.ts';
import { SelectField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';

/** Passports most of the diaspora travel on, besides Rwanda's and the programme's countries. */
const commonPassports = ['BE', 'BI', 'CA', 'CD', 'CH', 'DE', 'FR', 'GB', 'KE', 'NL', 'SE', 'TZ', 'UG', 'US'];

/**
 * `/offer?token=…`: the link of the offer mail. What is offered, the passport travelled on, accept or decline;
 * the outcome afterwards. No account: the link's token is the professional's only proof.
 */
export function OfferPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  if (!token) return <InvalidLink text={t('public.offer.missing')} />;
  return <SignedOffer token={token} />;
}

function SignedOffer({ token }: { token: string }) {
  const { t } = useTranslation();
  const { data, error, reload, update } = useQuery<Offer>(offerApi.key(token), {
    load: offerApi.load(token),
  });
  if (error instanceof ApiProblem && error.code === 'offer.not_found')
    return <InvalidLink text={t('errors.offer.not_found')} />;
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return (
    <Page title={t('public.offer.title')}>
      <OfferFacts offer={data} />
      {data.status === 'offered' ? (
        <Answer token={token} onAnswered={(answer) => update(() => answer)} />
      ) : (
        <div role="status" className="notice notice--success">
          <p>{t(`public.offer.outcome.${data.status}`)}</p>
        </div>
      )}
    </Page>
  );
}

function OfferFacts({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const { day, instant } = useDates();
  const label = useLabels();
  return (
    <section className="card" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('public.offer.what')}</h2>
      <dl className="facts">
        <dt>{t('public.offer.tor')}</dt>
        <dd>{offer.torTitle ?? t('public.offer.untitled')}</dd>
        <dt>{t('public.offer.institution')}</dt>
        <dd>{label.institution(offer.institution)}</dd>
        <dt>{t('public.offer.period')}</dt>
        <dd>{`${day(offer.period.start)} – ${day(offer.period.end)}`}</dd>
        <dt>{t('public.offer.respondBy')}</dt>
        <dd>{instant(offer.respondBy)}</dd>
      </dl>
    </section>
  );
}

/** The passports offered, by their name in the reader's language; Rwanda's first. */
function usePassports() {
  const { i18n } = useTranslation();
  const { countries } = usePlaces();
  const names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' });
  const others = [...new Set([...countries, ...commonPassports])]
    .filter((code) => code !== 'RW')
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return [{ code: 'RW', name: names.of('RW') ?? 'RW' }, ...others];
}

function Answer({ token, onAnswered }: { token: string; onAnswered: (answer: Offer) => void }) {
  const { t } = useTranslation();
  const passports = usePassports();
  const form = useFormAction(async (data) => {
    const passport = String(data.get('passport') ?? '');
    check({ passport: !/^[A-Z]{2}$/.test(passport) && t('public.offer.passportMissing') });
    onAnswered(await offerApi.accept(token, passport));
  });
  return (
    <>
      <section className="card" aria-labelledby="accept-heading">
        <h2 id="accept-heading">{t('public.offer.acceptHeading')}</h2>
        <ActionForm form={form} label={t('public.offer.acceptForm')} submit={t('public.offer.accept')}>
          <SelectField
            label={t('public.offer.passport')}
            hint={t('public.offer.passportHint')}
            name="passport"
            defaultValue=""
            required
          >
            <option value="">{t('common.choose')}</option>
            {passports.map((passport) => (
              <option key={passport.code} value={passport.code}>
                {passport.name}
              </option>
            ))}
          </SelectField>
        </ActionForm>
      </section>
      <section className="card" aria-labelledby="decline-heading">
        <h2 id="decline-heading">{t('public.offer.declineHeading')}</h2>
        <p>{t('public.offer.declineText')}</p>
        <ActionButton
          label={t('public.offer.decline')}
          run={() => offerApi.decline(token).then(onAnswered)}
        />
      </section>
    </>
  );
}

function InvalidLink({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('public.offer.invalidTitle')}>
      <div role="alert" className="alert alert--error">
        <p>{text}</p>
      </div>
    </Page>
  );
}
