import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { channels, isOneOf } from '../outreach/outreach.ts';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type PublicCampaign, publicApi } from './public.api.ts';
import { RegistrationForm } from './registration.form.tsx';

const isChannel = isOneOf(channels);
/** Visits counted by this page load: a re-render (or React's development double effects) counts none again. */
const counted = new Set<string>();

/** `/join/<slug>?channel=<channel>`: what the campaign is about, and the registration form while it is live. */
export function JoinPage() {
  const { t } = useTranslation();
  const { day } = useDates();
  const slug = useParams().slug ?? '';
  const wanted = useSearchParams()[0].get('channel');
  const {
    data: campaign,
    error,
    reload,
  } = useQuery<PublicCampaign>(`/public/campaigns/${slug}`, {
    load: (_path, signal) => publicApi.campaign(slug, signal),
  });

  // A link without a channel, or with one the campaign does not use, counts for the campaign's first channel.
  const channel =
    campaign && (isChannel(wanted) && campaign.channels.includes(wanted) ? wanted : campaign.channels[0]);

  useEffect(() => {
    if (!campaign || !channel || campaign.status !== 'live') return;
    const key = `${campaign.slug}:${channel}`;
    if (counted.has(key)) return;
    counted.add(key);
    publicApi.visit(campaign.slug, channel).catch(() => undefined); // Counting must never stop a visitor.
  }, [campaign, channel]);

  if (error instanceof ApiProblem && error.status === 404) {
    return (
      <Page title={t('public.join.notFoundTitle')}>
        <p>{t('public.join.notFound')}</p>
      </Page>
    );
  }
  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!campaign || !channel) return <Loading />;

  return (
    <Page title={campaign.name}>
      <p className="lead">{t('public.join.intro')}</p>
      <dl className="facts">
        <dt>{t('public.join.partner')}</dt>
        <dd>{campaign.partner.name}</dd>
        <dt>{t('public.join.period')}</dt>
        <dd>
          {day(campaign.startsOn)} – {day(campaign.endsOn)}
        </dd>
        <dt>{t('public.join.subjects')}</dt>
        <dd>{campaign.subjects.join(', ')}</dd>
      </dl>
      {campaign.description && <p className="prewrap">{campaign.description}</p>}
      {campaign.status === 'live' ? (
        <>
          <h2>{t('public.join.formTitle')}</h2>
          <RegistrationForm campaign={campaign} channel={channel} />
        </>
      ) : (
        <p className="notice">{t('public.join.closed')}</p>
      )}
      <p>
        {t('public.join.already')} <Link to="/my-profile">{t('public.join.manage')}</Link>
      </p>
    </Page>
  );
}
