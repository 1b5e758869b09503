import { useTranslation } from 'react-i18next';
import type { Webhook } from './webhooks.api.ts';

/** Enabled, or disabled and why (by an admin, or after repeated failure with the last answer). */
export function WebhookState({ webhook }: { webhook: Pick<Webhook, 'enabled' | 'disabledReason'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge badge--${webhook.enabled ? 'active' : 'disabled'}`}>
        {t(webhook.enabled ? 'webhooks.enabled' : 'webhooks.disabled')}
      </span>
      {webhook.disabledReason && <span className="badge__reason">{webhook.disabledReason}</span>}
    </>
  );
}
