import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@ikiraro/messaging';

/** Aggregate name of the contact copies: how to reach a selected professional, and their name. */
export const CONTACT = 'contact';

/** Null once the member is erased. */
export interface Contact {
  email: string | null;
  name: string | null;
}

/** What placement knows of members (from outreach's contact events), sealed with each member's key. */
@Injectable()
export class Contacts {
  readonly aggregate;

  constructor(store: AggregateStore) {
    this.aggregate = store.of<Contact>(CONTACT);
  }

  async find(memberId: string): Promise<Contact | null> {
    return (await this.aggregate.load(memberId))?.state ?? null;
  }

  async findMany(memberIds: readonly string[]): Promise<Map<string, Contact>> {
    const loaded = await this.aggregate.loadMany([...new Set(memberIds)]);
    return new Map([...loaded].map(([id, v]) => [id, v.state]));
  }
}
