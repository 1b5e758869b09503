import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { PersonalData } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';

/**
 * How to reach one person (`_id`: the person as the key store names them, `member:<id>`, `account:<id>` or
 * `trainee:<id>`), as the event that brings it said last. The address, the name and the subjects are sealed with the person's key (ADR 10); the
 * language, the consent to opportunities and a staff account's roles and IPRC stay in clear, so that a ToR's or a
 * digest's recipients are found by equality. One writer per person: their events share a partition and are
 * handled in order.
 */
export interface Contact {
  _id: string;
  email: string;
  firstName: string;
  locale: string;
  opportunities: boolean;
  subjects: string[];
  /** A staff account's roles (none for a member) and a focal point's IPRC. */
  roles: string[];
  iprc?: string;
  updatedAt: Date;
}
export type ContactData = Omit<Contact, '_id' | 'updatedAt' | 'roles'> & Partial<Pick<Contact, 'roles'>>;
const sealedFields = ['email', 'firstName', 'subjects'];

@Injectable()
export class Contacts {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly personal: PersonalData,
  ) {}

  private get collection() {
    return this.connection.db!.collection<Contact>('contacts');
  }

  async save(
    person: string,
    { email, firstName, locale, opportunities, subjects, roles, iprc }: ContactData,
  ) {
    const contact: Contact = {
      _id: person,
      email,
      firstName,
      locale,
      opportunities,
      subjects,
      roles: roles ?? [],
      ...(iprc ? { iprc } : {}),
      updatedAt: new Date(),
    };
    const sealed = await this.personal.seal(person, contact, sealedFields);
    await this.collection.replaceOne({ _id: person }, sealed, { upsert: true });
  }

  /** The contact, opened; none when unknown or erased. */
  async find(person: string): Promise<Contact | null> {
    const stored = await this.collection.findOne({ _id: person });
    if (!stored) return null;
    const { value, erased } = await this.personal.open(person, stored, sealedFields);
    return erased ? null : value;
  }

  /**
   * People who agreed to hear of opportunities and teach `subject` (compared as outreach's open-ToR list does:
   * trimmed, case ignored). Their subjects are sealed, so each is opened: a few thousand at most.
   */
  async interestedIn(subject: string): Promise<string[]> {
    const wanted = subject.trim().toLowerCase();
    const people = await this.collection.find({ opportunities: true }).toArray();
    const opened = await Promise.all(people.map((c) => this.personal.open(c._id, c, sealedFields)));
    return opened
      .filter(({ value, erased }) => !erased && value.subjects.some((s) => s.trim().toLowerCase() === wanted))
      .map(({ value }) => value._id);
  }

  /** The staff accounts holding `role` (and, when given, whose IPRC is `iprc`), as the key store names them. */
  async staffWith(role: string, iprc?: string): Promise<string[]> {
    const accounts = await this.collection
      .find({ roles: role, ...(iprc ? { iprc } : {}) }, { projection: { _id: 1 } })
      .toArray();
    return accounts.map((a) => a._id).sort();
  }

  /** Whether a contact is kept for the person (erased or not: the sender tells which). */
  async has(person: string): Promise<boolean> {
    return (await this.collection.findOne({ _id: person }, { projection: { _id: 1 } })) !== null;
  }

  /** Forgets the person; true when there was something to forget. */
  async erase(person: string): Promise<boolean> {
    const { deletedCount } = await this.collection.deleteOne({ _id: person });
    return deletedCount > 0;
  }
}
