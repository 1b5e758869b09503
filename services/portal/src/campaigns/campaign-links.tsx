import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels } from '../outreach/outreach.ts';
import type { CampaignDetail } from './campaigns.api.ts';

/** The public link of each channel, to paste into an e-mail, a post or a flyer; each counts its own visits. */
export function CampaignLinks({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string>();
  const links = channels.flatMap((channel) => {
    const url = campaign.links[channel];
    return url ? [{ channel, url, label: t(`channels.${channel}`) }] : [];
  });
  if (links.length === 0) return null;

  const copy = async (label: string, url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(t('campaignDetail.copied', { channel: label }));
    } catch {
      // No clipboard (an insecure origin, a denied permission): the link is on screen to select by hand.
      setCopied(t('campaignDetail.copyFailed'));
    }
  };
  return (
    <section className="card" aria-labelledby="campaign-links">
      <h2 id="campaign-links">{t('campaignDetail.links')}</h2>
      <p>{t(campaign.status === 'live' ? 'campaignDetail.linksLive' : 'campaignDetail.linksNotLive')}</p>
      <ul className="links">
        {links.map(({ channel, url, label }) => (
          <li key={channel} className="links__item">
            <span className="links__channel">{label}</span>
            <a href={url} className="links__url">
              {url}
            </a>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('campaignDetail.copyLink', { channel: label })}
              onClick={() => void copy(label, url)}
            >
              {t('campaignDetail.copy')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="links__status">
        {copied}
      </p>
    </section>
  );
}
