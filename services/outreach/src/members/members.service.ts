import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { AggregateStore } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { CVS } from '../registrations/cvs.controller.ts';
import { MEMBER, type Member } from './member.ts';
import type { MemberFiltersDto, MemberSearchDto } from './member-search.dto.ts';
import {
  databaseFilter,
  matchesInCode,
  type MemberDocument,
  newestFirst,
  officeScope,
} from './member-search.rules.ts';

/** The relay's projection of every member's latest version (app.module.ts `projections`). */
export const MEMBERS = 'members';

export interface MemberListItem {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  countryOfResidence: Member['countryOfResidence'];
  subjects: string[];
  yearsOfExperience: number;
  status: Member['status'];
  campaignId: string;
  channel: Member['channel'];
  office: Member['office'];
  createdAt: string;
}

/** Staff's view of registrants: search and export from the projection, a profile from the latest version. */
@Injectable()
export class MembersService {
  private readonly members;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly store: AggregateStore,
  ) {
    this.members = store.of<Member>(MEMBER);
  }

  /** Every member the caller may see that matches, newest first. Eventually consistent with the changes. */
  async find(filters: MemberFiltersDto, caller: Caller): Promise<MemberDocument[]> {
    const stored = await this.connection
      .db!.collection<MemberDocument>(MEMBERS)
      .find(databaseFilter(filters, officeScope(caller)) as never)
      .toArray();
    const found = await this.store.openMany(MEMBER, stored); // personal fields are sealed (ADR 10)
    return found.filter((m) => matchesInCode(m, filters)).sort(newestFirst);
  }

  async search(query: MemberSearchDto, caller: Caller) {
    const found = await this.find(query, caller);
    const { page, pageSize } = query;
    const items: MemberListItem[] = found.slice((page - 1) * pageSize, page * pageSize).map((m) => ({
      id: m._id,
      firstName: m.firstName,
      lastName: m.lastName,
      email: m.email,
      countryOfResidence: m.countryOfResidence,
      subjects: m.subjects,
      yearsOfExperience: m.yearsOfExperience,
      status: m.status,
      campaignId: m.campaignId,
      channel: m.channel,
      office: m.office,
      createdAt: m.createdAt,
    }));
    return { items, total: found.length, page, pageSize };
  }

  /**
   * The full profile, from the latest version (not the projection: a profile opened right after a change shows
   * it). Another office's member is "not found" to an officer, like one that does not exist.
   */
  async profile(id: string, caller: Caller) {
    const member = await this.members.load(id);
    const scope = officeScope(caller);
    if (!member || member.state.status === 'erased' || (scope && member.state.office !== scope))
      throw new DomainError('member.not_found', 'not_found', `No member ${id}`);
    const { cvId, ...state } = member.state;
    const cv = cvId
      ? await this.connection
          .db!.collection<{ _id: string; size: number }>(CVS)
          .findOne({ _id: cvId }, { projection: { size: 1 } })
      : null;
    return { id, version: member.version, ...state, cv: cv ? { id: cv._id, size: cv.size } : null };
  }
}
