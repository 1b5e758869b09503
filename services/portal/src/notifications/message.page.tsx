import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useLabels } from '../programme/use-labels.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { type Attempt, type Message, messagesApi } from './messages.api.ts';
import { FactsCard } from '../ui/facts-card.tsx';

/** One message of the log: what it is, why it went (its event), and every attempt with the server's answer. */
export function MessagePage() {
  const { t } = useTranslation();
  const { instant } = useDates();
  const label = useLabels();
  const id = useParams().id ?? '';
  const { data, error, reload } = useQuery<Message>(messagesApi.one(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const message = data;
  const none = t('common.none');
  return (
    <Page
      title={
        message.subject
          ? t('message.title', { subject: message.subject })
          : t('message.titleUnaddressed', { template: message.template })
      }
    >
      <p>
        <Link to="/messages">{t('message.back')}</Link>
      </p>
      <FactsCard title={t('message.facts')}>
        <dt>{t('messages.status')}</dt>
        <dd>
          <span className={`badge badge--${message.status}`}>{t(`messageStatus.${message.status}`)}</span>
        </dd>
        {message.reason && (
          <>
            <dt>{t('message.reason')}</dt>
            <dd>{message.reason}</dd>
          </>
        )}
        <dt>{t('messages.to')}</dt>
        <dd>{message.to ?? t('message.notAddressed')}</dd>
        <dt>{t('messages.subject')}</dt>
        <dd>{message.subject ?? none}</dd>
        <dt>{t('messages.template')}</dt>
        <dd>{message.template}</dd>
        <dt>{t('message.category')}</dt>
        <dd>{t(`messageCategories.${message.category}`, { defaultValue: message.category })}</dd>
        <dt>{t('message.locale')}</dt>
        <dd>{message.locale ? label.language(message.locale) : none}</dd>
        <dt>{t('message.event')}</dt>
        <dd>{message.event.type}</dd>
        <dt>{t('message.eventId')}</dt>
        <dd>{message.event.id}</dd>
        <dt>{t('message.occurredAt')}</dt>
        <dd>{instant(message.event.occurredAt)}</dd>
        <dt>{t('messages.createdAt')}</dt>
        <dd>{instant(message.createdAt)}</dd>
        <dt>{t('message.sentAt')}</dt>
        <dd>{message.sentAt ? instant(message.sentAt) : none}</dd>
        {message.dueAt && (
          <>
            <dt>{t('message.dueAt')}</dt>
            <dd>{instant(message.dueAt)}</dd>
          </>
        )}
      </FactsCard>
      <section className="card" aria-labelledby="attempts-heading">
        <h2 id="attempts-heading">{t('message.attempts')}</h2>
        <Attempts attempts={message.attempts} />
      </section>
    </Page>
  );
}

function Attempts({ attempts }: { attempts: readonly Attempt[] }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  return (
    <DataTable
      rows={attempts}
      rowKey={(attempt) => attempt.at}
      caption={t('message.attemptsCaption')}
      empty={t('message.noAttempts')}
      columns={[
        { header: t('message.at'), rowHeader: true, cell: (attempt) => instant(attempt.at) },
        { header: t('message.outcome'), cell: (attempt) => t(`attemptOutcome.${attempt.outcome}`) },
        { header: t('message.answer'), cell: (attempt) => <code>{attempt.answer}</code> },
      ]}
    />
  );
}
