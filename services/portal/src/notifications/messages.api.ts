import {
  attemptDtoOutcomeValues,
  type components,
  deliveryDtoStatusValues,
} from '../api/generated/openapi.ts';

/* The delivery log as notifications answers it (GET /deliveries), typed from the API's generated document. */
type Schemas = components['schemas'];
export type Message = Schemas['DeliveryDto'];
export type MessageList = Schemas['DeliveryListDto'];
export type Attempt = Schemas['AttemptDto'];

export const messageStatuses = deliveryDtoStatusValues;
export type MessageStatus = (typeof messageStatuses)[number];
export const attemptOutcomes = attemptDtoOutcomeValues;

/** The log's filters, as they appear in the page's address and the API's query (equality only). */
export const messageFilterNames = ['address', 'status', 'template'] as const;
export type MessageFilters = Partial<Record<(typeof messageFilterNames)[number], string>>;

/** The newest messages the screen shows at once (the API takes 1 to 200). */
export const shownAtMost = 100;

/** The filters set in an address (`?address=…&status=sent`), trimmed, the empty ones left out. */
export function messageFiltersOf(params: URLSearchParams): MessageFilters {
  return Object.fromEntries(
    messageFilterNames.flatMap((name) => {
      const value = params.get(name)?.trim();
      return value ? [[name, value]] : [];
    }),
  );
}

export const messagesApi = {
  search: (filters: MessageFilters) =>
    `/deliveries?${new URLSearchParams({ ...filters, limit: String(shownAtMost) }).toString()}`,
  one: (id: string) => `/deliveries/${encodeURIComponent(id)}`,
};

/** A message's page in the portal. */
export const messagePath = (id: string) => `/messages/${encodeURIComponent(id)}`;
