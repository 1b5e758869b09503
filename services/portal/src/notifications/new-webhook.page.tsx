import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionForm } from '../ui/action-form.tsx';
import { ChoiceField, optionsOf, TextAreaField, TextField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { WebhookSecret } from './webhook-secret.tsx';
import {
  allowedEventTypesOf,
  eventTypesOf,
  type Purpose,
  purposes,
  webhookPath,
  webhooksApi,
  type WebhookWithSecret,
} from './webhooks.api.ts';

/**
 * Subscribes a partner's URL. The answer carries the signing secret, which this page shows once (with a way to
 * copy it) instead of moving on: it is never shown again.
 */
export function NewWebhookPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<WebhookWithSecret>();
  const form = useFormAction(async (data) => {
    const url = String(data.get('url') ?? '').trim();
    const eventTypes = eventTypesOf(String(data.get('eventTypes') ?? ''));
    const purpose = String(data.get('purpose') ?? '');
    const description = String(data.get('description') ?? '').trim();
    check({
      url: !/^https?:\/\/\S+$/.test(url) && t('webhookForm.urlRequired'),
      eventTypes: eventTypes.length === 0 && t('webhookForm.eventTypesRequired'),
      purpose: !purposes.includes(purpose as Purpose) && t('webhookForm.purposeRequired'),
    });
    setCreated(
      await webhooksApi.create({
        url,
        eventTypes,
        purpose: purpose as Purpose,
        ...(description ? { description } : {}),
      }),
    );
  });
  if (created) {
    return (
      <Page title={t('webhooks.create')}>
        <p role="status" className="notice notice--success">
          {t('webhookForm.created', { url: created.url })}
        </p>
        <WebhookSecret secret={created.secret} />
        <p>
          <Link to={webhookPath(created.id)}>{t('webhookSecret.toWebhook')}</Link>
        </p>
      </Page>
    );
  }
  const allowed = allowedEventTypesOf(form.error);
  return (
    <Page title={t('webhooks.create')}>
      <p>{t('webhookForm.intro')}</p>
      <ActionForm
        form={form}
        label={t('webhookForm.form')}
        submit={t('webhookForm.submit')}
        cancel={<Link to="/webhooks">{t('common.cancel')}</Link>}
      >
        <TextField
          label={t('webhookForm.url')}
          hint={t('webhookForm.urlHint')}
          name="url"
          type="url"
          autoComplete="off"
          required
        />
        <TextAreaField
          label={t('webhookForm.eventTypes')}
          hint={
            allowed.length > 0
              ? `${t('webhookForm.eventTypesHint')} ${t('webhookForm.allowed')} ${allowed.join(', ')}`
              : t('webhookForm.eventTypesHint')
          }
          name="eventTypes"
          rows={4}
          required
        />
        <ChoiceField
          label={t('webhookForm.purpose')}
          hint={t('webhookForm.purposeHint')}
          name="purpose"
          options={optionsOf(purposes, (purpose) => t(`webhookPurposes.${purpose}`))}
        />
        <TextAreaField
          label={t('webhookForm.description')}
          hint={t('webhookForm.descriptionHint')}
          name="description"
          rows={3}
          maxLength={500}
        />
      </ActionForm>
    </Page>
  );
}
