import { api } from '../api/client.ts';
import {
  type components,
  createWebhookDtoPurposeValues,
  webhookDeliveryDtoStatusValues,
} from '../api/generated/openapi.ts';

/* Partners' webhook subscriptions as notifications answers them, typed from the API's generated document. */
type Schemas = components['schemas'];
export type Webhook = Schemas['WebhookDto'];
export type WebhookWithSecret = Schemas['WebhookWithSecretDto'];
export type WebhookList = Schemas['WebhookListDto'];
export type WebhookInput = Schemas['CreateWebhookDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type WebhookDeliveryList = Schemas['WebhookDeliveryListDto'];

export const purposes = createWebhookDtoPurposeValues;
export type Purpose = (typeof purposes)[number];
export const webhookDeliveryStatuses = webhookDeliveryDtoStatusValues;

/** The event types typed one per line (or separated by commas), without blanks or repeats. */
export function eventTypesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((type) => type.trim())
        .filter(Boolean),
    ),
  ];
}

/** What the API answers, with a refused list of event types, as the types that webhooks carry. */
export function allowedEventTypesOf(problem: unknown): string[] {
  const body = (problem as { body?: { allowedEventTypes?: unknown } } | null)?.body;
  const allowed = body?.allowedEventTypes;
  return Array.isArray(allowed) ? allowed.filter((type): type is string => typeof type === 'string') : [];
}

const at = (id: string) => `/webhooks/${encodeURIComponent(id)}`;

export const webhooksApi = {
  list: '/webhooks',
  one: at,
  deliveries: (id: string) => `${at(id)}/deliveries?limit=20`,
  /** The answer holds the secret: it is shown once, never again. */
  create: (input: WebhookInput) => api.post<WebhookWithSecret>('/webhooks', input),
  enable: (id: string) => api.post<Webhook>(`${at(id)}/enable`),
  disable: (id: string) => api.post<Webhook>(`${at(id)}/disable`),
  /** A new secret, answered once; the previous one signs beside it until `previousSecretUntil`. */
  rotateSecret: (id: string) => api.post<WebhookWithSecret>(`${at(id)}/secret`),
};

/** A webhook's page in the portal. */
export const webhookPath = (id: string) => `/webhooks/${encodeURIComponent(id)}`;
