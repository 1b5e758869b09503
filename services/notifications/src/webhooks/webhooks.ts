import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import type { Purpose } from './purposes.ts';
import { WEBHOOK, type Webhook } from './webhook.ts';
import { newSecret } from './webhook.rules.ts';

/** How long a list of the subscriptions is reused: every event reads it, and it changes rarely. */
const LIST_REUSE_MS = 1_000;

export interface WebhookInput {
  url: string;
  eventTypes: string[];
  purpose: Purpose;
  description: string | null;
}

/**
 * The subscriptions. The store keeps aggregates by id and does not list them, so each id is also inserted
 * into `webhook_ids` (before its first version: a crash in between leaves an id with nothing behind it, which
 * a list skips). Changes made here are seen at once by this process; another replica's within a second.
 */
@Injectable()
export class Webhooks {
  private readonly aggregate;
  private listed?: { at: number; all: Promise<Versioned<Webhook>[]> };

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.aggregate = store.of<Webhook>(WEBHOOK);
  }

  private get ids() {
    return this.connection.db!.collection<{ _id: string; createdAt: Date }>('webhook_ids');
  }

  async create(input: WebhookInput, by: string): Promise<Versioned<Webhook>> {
    const id = uuidv7();
    const at = new Date().toISOString();
    await this.ids.insertOne({ _id: id, createdAt: new Date(at) });
    const state: Webhook = {
      ...input,
      enabled: true,
      disabledReason: null,
      disabledAt: null,
      enabledAt: at,
      secret: newSecret(),
      previousSecret: null,
      createdAt: at,
      trail: [{ at, by, change: 'created' }],
    };
    const created = await this.aggregate.create(id, state);
    this.listed = undefined;
    return created;
  }

  async get(id: string): Promise<Versioned<Webhook>> {
    const found = await this.aggregate.load(id);
    if (!found) throw new DomainError('webhook.not_found', 'not_found', `No webhook subscription ${id}`);
    return found;
  }

  /** Every subscription, newest first. */
  all(): Promise<Versioned<Webhook>[]> {
    if (!this.listed || Date.now() - this.listed.at > LIST_REUSE_MS) {
      const all = this.readAll();
      this.listed = { at: Date.now(), all };
      all.catch(() => (this.listed = undefined));
    }
    return this.listed.all;
  }

  private async readAll(): Promise<Versioned<Webhook>[]> {
    const ids = (await this.ids.find({}).sort({ createdAt: -1 }).toArray()).map((d) => d._id);
    const found = await this.aggregate.loadMany(ids);
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  /**
   * The next version, decided from the latest one by `decide` (which says, in words for the trail, what it
   * changed, or null for no change: then nothing is written).
   */
  async change(
    id: string,
    by: string,
    decide: (current: Webhook) => { state: Webhook; change: string } | null,
  ): Promise<Versioned<Webhook>> {
    const current = await this.get(id);
    if (!decide(current.state)) return current;
    const at = new Date().toISOString();
    const changed = await this.aggregate.update(id, ({ state }) => {
      const next = decide(state);
      if (!next) return { state, events: [] }; // another writer made it so meanwhile: the same state again
      return {
        state: { ...next.state, trail: [...state.trail, { at, by, change: next.change }] },
        events: [],
      };
    });
    this.listed = undefined;
    return changed;
  }
}
