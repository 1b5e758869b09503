import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { ConfirmButton } from '../ui/confirm-button.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { StatusActions, useStatusAction } from '../ui/status-actions.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { WebhookSecret } from './webhook-secret.tsx';
import { WebhookState } from './webhook-state.tsx';
import {
  type Webhook,
  type WebhookDelivery,
  type WebhookDeliveryList,
  webhooksApi,
  type WebhookWithSecret,
} from './webhooks.api.ts';

/** One subscription: what it sends where and why, enable or disable it, rotate its secret, its recent deliveries. */
export function WebhookPage() {
  const { t } = useTranslation();
  const { instant } = useDates();
  const id = useParams().id ?? '';
  const { data, error, reload, update } = useQuery<Webhook>(webhooksApi.one(id));
  /** A secret just rotated: shown on this page until it is left, never again. */
  const [secret, setSecret] = useState<string>();
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const webhook = data;
  const none = t('common.none');
  return (
    <Page title={webhook.url}>
      <p>
        <Link to="/webhooks">{t('webhooks.back')}</Link>
      </p>
      {secret && <WebhookSecret secret={secret} />}
      <section className="card" aria-labelledby="webhook-heading">
        <h2 id="webhook-heading">{t('webhook.facts')}</h2>
        <dl className="facts">
          <dt>{t('webhooks.status')}</dt>
          <dd>
            <WebhookState webhook={webhook} />
          </dd>
          {webhook.disabledAt && (
            <>
              <dt>{t('webhook.disabledAt')}</dt>
              <dd>{instant(webhook.disabledAt)}</dd>
            </>
          )}
          <dt>{t('webhooks.url')}</dt>
          <dd>{webhook.url}</dd>
          <dt>{t('webhooks.eventTypes')}</dt>
          <dd>{webhook.eventTypes.join(', ')}</dd>
          <dt>{t('webhooks.purpose')}</dt>
          <dd>{t(`webhookPurposes.${webhook.purpose}`)}</dd>
          <dt>{t('webhooks.description')}</dt>
          <dd className="prewrap">{webhook.description ?? none}</dd>
          <dt>{t('webhooks.createdAt')}</dt>
          <dd>{instant(webhook.createdAt)}</dd>
          {webhook.previousSecretUntil && (
            <>
              <dt>{t('webhook.previousSecretUntil')}</dt>
              <dd>{instant(webhook.previousSecretUntil)}</dd>
            </>
          )}
        </dl>
      </section>
      <WebhookActions
        webhook={webhook}
        onChanged={(changed) => {
          if ('secret' in changed) {
            const { secret: rotated, ...rest } = changed;
            setSecret(rotated);
            update(() => rest);
          } else update(() => changed);
        }}
      />
      <section className="card" aria-labelledby="deliveries-heading">
        <h2 id="deliveries-heading">{t('webhook.deliveries')}</h2>
        <RecentDeliveries id={webhook.id} />
      </section>
      <section className="card" aria-labelledby="trail-heading">
        <h2 id="trail-heading">{t('webhook.trail')}</h2>
        <ul className="plain-list">
          {webhook.trail.map((change) => (
            <li key={`${change.at}-${change.change}`}>
              {t('webhook.change', { at: instant(change.at), change: change.change, by: change.by })}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function WebhookActions(props: {
  webhook: Webhook;
  onChanged: (changed: Webhook | WebhookWithSecret) => void;
}) {
  const { t } = useTranslation();
  const can = useAllows();
  const { webhook } = props;
  const action = useStatusAction<Webhook | WebhookWithSecret>(props.onChanged);
  const { run, pending } = action;
  return (
    <StatusActions
      id="webhook-actions"
      heading={t('webhook.actions')}
      text={t(webhook.enabled ? 'webhook.textEnabled' : 'webhook.textDisabled')}
      action={action}
    >
      <div className="actions">
        {!webhook.enabled && can(access.enableWebhook) && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => run(() => webhooksApi.enable(webhook.id), t('webhook.enabledDone'))}
          >
            {t('webhook.enable')}
          </button>
        )}
        {webhook.enabled && can(access.disableWebhook) && (
          <ConfirmButton
            label={t('webhook.disable')}
            question={t('webhook.disableQuestion')}
            confirm={t('webhook.confirmDisable')}
            pending={pending}
            onConfirm={() => run(() => webhooksApi.disable(webhook.id), t('webhook.disabledDone'))}
          />
        )}
        {can(access.rotateWebhookSecret) && (
          <ConfirmButton
            label={t('webhook.rotate')}
            question={t('webhook.rotateQuestion')}
            confirm={t('webhook.confirmRotate')}
            pending={pending}
            onConfirm={() => run(() => webhooksApi.rotateSecret(webhook.id), t('webhook.rotated'))}
          />
        )}
      </div>
    </StatusActions>
  );
}

function RecentDeliveries({ id }: { id: string }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const { data, error, reload } = useQuery<WebhookDeliveryList>(webhooksApi.deliveries(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const lastAnswer = (delivery: WebhookDelivery) => {
    const last = delivery.attempts.at(-1);
    if (!last) return t('common.none');
    return `${last.status ?? t('webhook.noAnswer')} ${last.answer}`.trim();
  };
  return (
    <DataTable
      rows={data.items}
      rowKey={(delivery) => delivery.id}
      caption={t('webhook.deliveriesCaption')}
      empty={t('webhook.noDeliveries')}
      columns={[
        { header: t('webhook.event'), rowHeader: true, cell: (delivery) => delivery.eventType },
        { header: t('webhook.occurredAt'), cell: (delivery) => instant(delivery.occurredAt) },
        {
          header: t('webhooks.status'),
          cell: (delivery) => (
            <>
              <span className={`badge badge--${delivery.status}`}>
                {t(`webhookDeliveryStatus.${delivery.status}`)}
              </span>
              {delivery.reason && <span className="badge__reason">{delivery.reason}</span>}
            </>
          ),
        },
        { header: t('webhook.attempts'), numeric: true, cell: (delivery) => delivery.attempts.length },
        { header: t('webhook.lastAnswer'), cell: (delivery) => <code>{lastAnswer(delivery)}</code> },
        {
          header: t('webhook.deliveredAt'),
          cell: (delivery) => (delivery.deliveredAt ? instant(delivery.deliveredAt) : t('common.none')),
        },
      ]}
    />
  );
}
