import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Role } from '@ikiraro/auth';
import { AccountContactUpdated } from '@ikiraro/contracts';
import type { ProgrammeCode } from '@ikiraro/programme';
import { AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { isDuplicateKey } from '@ikiraro/persistence';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { ACCOUNT, type Account, normaliseEmail } from './account.ts';

export interface NewAccount {
  email: string;
  name: string;
  roles: Role[];
  office?: ProgrammeCode;
  iprc?: ProgrammeCode;
}

/**
 * Accounts are aggregates (versioned, insert-only: concurrent edits never lose one another on FerretDB);
 * `account_emails` maps an e-mail to its account, and its unique `_id` is what makes an e-mail taken once.
 */
@Injectable()
export class AccountsService {
  private readonly accounts;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.accounts = store.of<Account>(ACCOUNT);
  }

  private get emails() {
    return this.connection.db!.collection<{ _id: string; accountId: string }>('account_emails');
  }

  load(id: string): Promise<Versioned<Account> | null> {
    return this.accounts.load(id);
  }

  async byEmail(email: string): Promise<Versioned<Account> | null> {
    const key = await this.emails.findOne({ _id: normaliseEmail(email) });
    return key ? this.accounts.load(key.accountId) : null;
  }

  /** A new account; 409 when the e-mail has one. Nothing stays behind when the second write fails. */
  async create(data: NewAccount, extra: Partial<Account> = {}): Promise<Versioned<Account>> {
    assertScopes(data);
    const id = uuidv7();
    const email = normaliseEmail(data.email);
    try {
      await this.emails.insertOne({ _id: email, accountId: id });
    } catch (error) {
      if (isDuplicateKey(error))
        throw new DomainError('user.exists', 'conflict', 'An account with this e-mail exists');
      throw error;
    }
    const now = new Date().toISOString();
    try {
      const account: Account = {
        ...data,
        email,
        status: 'invited',
        createdAt: now,
        sessionsValidFrom: now,
        ...extra,
      };
      return await this.accounts.create(id, account, contactEvents(id, null, account));
    } catch (error) {
      await this.emails.deleteOne({ _id: email }).catch(() => undefined);
      throw error;
    }
  }

  /** Applies `change` to the latest version (re-applied on a concurrent edit). */
  async update(id: string, change: (account: Account) => Account): Promise<Versioned<Account>> {
    return this.accounts.update(id, (current) => {
      const next = change(current.state);
      assertScopes(next);
      return { state: next, events: contactEvents(id, current.state, next) };
    });
  }

  /** Every session of the account ends: its refresh tokens are refused from now on. */
  revokeSessions(id: string) {
    return this.update(id, (account) => ({ ...account, sessionsValidFrom: new Date().toISOString() }));
  }
}

/**
 * `AccountContactUpdated` for a new account, or one whose address, name, roles, IPRC or status changed:
 * notifications writes to it, and sends a role's digests to the accounts that hold it (none while disabled).
 */
function contactEvents(accountId: string, before: Account | null, after: Account) {
  const contact = ({ email, name, roles, iprc, status }: Account) => ({
    email,
    name,
    roles: status === 'disabled' ? [] : [...roles],
    ...(iprc ? { iprc } : {}),
  });
  const data = contact(after);
  if (before && JSON.stringify(contact(before)) === JSON.stringify(data)) return [];
  return [event(AccountContactUpdated, { accountId, ...data })];
}

/** An outreach officer needs an office, an IPRC focal point an IPRC; other roles carry no scope. */
export function assertScopes(account: Pick<Account, 'roles' | 'office' | 'iprc'>): void {
  if (account.roles.length === 0)
    throw new DomainError('user.roles_required', 'invalid', 'Give at least one role');
  if (account.roles.includes('outreach-officer') && !account.office)
    throw new DomainError('user.scope_required', 'invalid', 'An outreach officer needs an office');
  if (account.roles.includes('iprc-focal-point') && !account.iprc)
    throw new DomainError('user.scope_required', 'invalid', 'An IPRC focal point needs an IPRC');
}
