import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { AddressSearch, SearchResult } from '../ui/address-search.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { SelectField, TextField } from '../ui/field.tsx';
import { Page } from '../ui/page.tsx';
import {
  type Message,
  messageFiltersOf,
  type MessageList,
  messagePath,
  messagesApi,
  messageStatuses,
  shownAtMost,
} from './messages.api.ts';
import { MessageStatusBadge } from './message-status.tsx';

/** The delivery log: its search lives in the address, so that a result can be bookmarked and shared. */
export function MessagesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = messageFiltersOf(params);
  const query = useQuery<MessageList>(messagesApi.search(filters));
  return (
    <Page title={t('messages.title')}>
      <p>{t('messages.intro')}</p>
      <AddressSearch label={t('messages.search')} submit={t('messages.submit')}>
        <TextField
          label={t('messages.address')}
          hint={t('messages.addressHint')}
          name="address"
          type="email"
          autoComplete="off"
          defaultValue={filters.address}
        />
        <SelectField label={t('messages.status')} name="status" defaultValue={filters.status ?? ''}>
          <option value="">{t('messages.any')}</option>
          {messageStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`messageStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('messages.template')}
          hint={t('messages.templateHint')}
          name="template"
          defaultValue={filters.template}
        />
      </AddressSearch>
      <SearchResult query={query}>
        {({ items }) => (
          <>
            <p role="status">
              {items.length >= shownAtMost
                ? t('messages.limited', { count: items.length })
                : t('messages.found', { count: items.length })}
            </p>
            <MessagesTable messages={items} />
          </>
        )}
      </SearchResult>
    </Page>
  );
}

function MessagesTable({ messages }: { messages: readonly Message[] }) {
  const { t } = useTranslation();
  const { instant } = useDates();
  return (
    <DataTable
      rows={messages}
      rowKey={(message) => message.id}
      caption={t('messages.caption')}
      empty={t('messages.empty')}
      columns={[
        {
          header: t('messages.subject'),
          rowHeader: true,
          cell: (message) => <Link to={messagePath(message.id)}>{message.subject ?? message.template}</Link>,
        },
        { header: t('messages.to'), cell: (message) => message.to ?? t('messages.notAddressed') },
        { header: t('messages.template'), cell: (message) => message.template },
        {
          header: t('messages.status'),
          sortBy: (message) => message.status,
          cell: (message) => <MessageStatusBadge message={message} />,
        },
        {
          header: t('messages.attempts'),
          numeric: true,
          sortBy: (message) => message.attempts.length,
          cell: (message) => message.attempts.length,
        },
        {
          header: t('messages.createdAt'),
          sortBy: (message) => message.createdAt,
          cell: (message) => instant(message.createdAt),
        },
      ]}
    />
  );
}
