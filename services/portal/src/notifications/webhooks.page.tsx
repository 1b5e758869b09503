import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { WebhookState } from './webhook-state.tsx';
import { type WebhookList, webhookPath, webhooksApi } from './webhooks.api.ts';

/** Partners' webhook subscriptions, newest first. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const can = useAllows();
  const { instant } = useDates();
  const { data, error, reload } = useQuery<WebhookList>(webhooksApi.list);
  return (
    <Page title={t('webhooks.title')}>
      <p>{t('webhooks.intro')}</p>
      {can(access.createWebhook) && (
        <p>
          <Link to="/webhooks/new" className="button">
            {t('webhooks.create')}
          </Link>
        </p>
      )}
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {data ? (
        <DataTable
          rows={data.items}
          rowKey={(webhook) => webhook.id}
          caption={t('webhooks.caption')}
          empty={t('webhooks.empty')}
          columns={[
            {
              header: t('webhooks.url'),
              rowHeader: true,
              sortBy: (webhook) => webhook.url,
              cell: (webhook) => <Link to={webhookPath(webhook.id)}>{webhook.url}</Link>,
            },
            {
              header: t('webhooks.purpose'),
              cell: (webhook) => t(`webhookPurposes.${webhook.purpose}`),
            },
            { header: t('webhooks.eventTypes'), cell: (webhook) => webhook.eventTypes.join(', ') },
            {
              header: t('webhooks.status'),
              sortBy: (webhook) => String(webhook.enabled),
              cell: (webhook) => <WebhookState webhook={webhook} />,
            },
            {
              header: t('webhooks.createdAt'),
              sortBy: (webhook) => webhook.createdAt,
              cell: (webhook) => instant(webhook.createdAt),
            },
          ]}
        />
      ) : (
        !error && <Loading />
      )}
    </Page>
  );
}
