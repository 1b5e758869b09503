import { isDuplicateKey } from '@ikiraro/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { CampaignClosed, CampaignLaunched } from '@ikiraro/contracts';
import { AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { programmeCodes } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { OUTREACH_CONFIG, type OutreachEnv } from '../outreach.config.ts';
import { CAMPAIGN, CAMPAIGN_SLUGS, type Campaign } from './campaign.ts';
import type { CreateCampaignDto, ListCampaignsQuery, UpdateCampaignDto } from './campaign.dto.ts';
import { campaignNotFound, close, edit, isSlug, launch, linksOf, newSlug, sees } from './campaign.rules.ts';

/** Campaigns as aggregates (each change one stored version with its events), read by staff and public pages. */
@Injectable()
export class CampaignsService {
  private readonly campaigns;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
    @Inject(OUTREACH_CONFIG) private readonly config: OutreachEnv,
  ) {
    this.campaigns = store.of<Campaign>(CAMPAIGN);
  }

  private get slugs() {
    return this.connection.db!.collection<{ _id: string; campaignId: string; at: Date }>(CAMPAIGN_SLUGS);
  }

  /** A draft, with a slug of its own: claimed by an insert under a unique `_id`, so two never share one. */
  async create(dto: CreateCampaignDto): Promise<Versioned<Campaign>> {
    const id = uuidv7();
    const slug = await this.claimSlug(id);
    const { office, partner, ...fields } = dto;
    // A slug claimed for a campaign that then failed to be stored points at nothing: the public page says 404.
    return this.campaigns.create(id, {
      ...fields,
      partner: { kind: partner.kind, name: partner.name },
      office,
      slug,
      status: 'draft',
      createdAt: new Date().toISOString(),
    });
  }

  private async claimSlug(campaignId: string): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const slug = newSlug();
      try {
        await this.slugs.insertOne({ _id: slug, campaignId, at: new Date() });
        return slug;
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= 5) throw error;
      }
    }
  }

  /** The campaign if the caller may see it; another office's is "not found", not "forbidden": ids stay private. */
  async get(id: string, caller: Caller): Promise<Versioned<Campaign>> {
    const campaign = await this.campaigns.load(id);
    if (!campaign || !sees(caller, campaign.state.office)) throw campaignNotFound(id);
    return campaign;
  }

  /** From the projection the relay keeps: equality filters only (pushed down on FerretDB), a moment behind. */
  async list(query: ListCampaignsQuery, caller: Caller) {
    const offices = programmeCodes('officesAbroad').filter(
      (office) => sees(caller, office) && (!query.office || query.office === office),
    );
    if (offices.length === 0) return [];
    const filter = {
      ...(query.status ? { status: query.status } : {}),
      ...(offices.length === 1 ? { office: offices[0] } : {}),
    };
    const found = await this.connection
      .db!.collection<Campaign & { _id: string; version: number }>('campaigns')
      .find(filter)
      .toArray();
    return found
      .map(({ _id, ...campaign }) => ({ id: _id, ...campaign }))
      .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b.id.localeCompare(a.id));
  }

  async update(id: string, dto: UpdateCampaignDto, caller: Caller) {
    await this.get(id, caller);
    // The DTO instance holds every field it declares, those left out as undefined, which would be stored as null.
    const named = Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined));
    const changes = { ...named, ...(dto.partner ? { partner: { ...dto.partner } } : {}) };
    return this.campaigns.update(id, ({ state }) => ({ state: edit(state, changes), events: [] }));
  }

  async launch(id: string, caller: Caller) {
    await this.get(id, caller);
    return this.campaigns.update(id, ({ state }) => ({
      state: launch(state, new Date()),
      events: [event(CampaignLaunched, { campaignId: id, name: state.name, office: state.office })],
    }));
  }

  async close(id: string, caller: Caller) {
    await this.get(id, caller);
    return this.campaigns.update(id, ({ state }) => ({
      state: close(state, new Date()),
      events: [event(CampaignClosed, { campaignId: id, office: state.office })],
    }));
  }

  /** The live or closed campaign behind a public slug; a draft is not public yet. */
  async bySlug(slug: string): Promise<Versioned<Campaign>> {
    const notFound = new DomainError('campaign.not_found', 'not_found', `No campaign ${slug}`);
    if (!isSlug(slug)) throw notFound;
    const claimed = await this.slugs.findOne({ _id: slug });
    const campaign = claimed && (await this.campaigns.load(claimed.campaignId));
    if (!campaign || campaign.state.status === 'draft') throw notFound;
    return campaign;
  }

  /** A campaign as staff read it, with each channel's shareable link. */
  view({ id, version, state }: Versioned<Campaign>) {
    return { id, version, ...state, links: linksOf(this.config.PUBLIC_URL, state.slug, state.channels) };
  }
}
