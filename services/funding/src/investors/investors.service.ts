import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { InvestorSignedUp, InvestorVerified, type InvestorInterests } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { DomainError, type SignedTokens } from '@ikiraro/service-defaults';
import { FUNDING_TOKENS } from '../funding-tokens.ts';
import { INVESTOR, type Investor } from './investor.ts';
import type { InvestorSignUpDto } from './investor.dto.ts';
import { MatchingService } from './matching.service.ts';
import { ticketsInOrder } from './matching.rules.ts';

/** What a verification token carries before the investor's id: another funding token (a team's) is no use here. */
const VERIFY = 'investor-verify:';

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Thrown out of a decision to store nothing: the investor is verified already. */
class AlreadyVerified extends Error {}

export const tokenInvalid = () =>
  new DomainError('funding.investor.token_invalid', 'invalid', 'This verification link is not valid');

export function assertTickets(interests: InvestorInterests) {
  if (!ticketsInOrder(interests))
    throw new DomainError(
      'funding.investor.ticket_range',
      'invalid',
      'The smallest ticket must not be larger than the largest',
    );
}

/** Investors: the public sign-up, its verification, and the investor's own profile. */
@Injectable()
export class InvestorsService {
  readonly investors;

  constructor(
    store: AggregateStore,
    @Inject(FUNDING_TOKENS) private readonly tokens: SignedTokens,
    private readonly matching: MatchingService,
  ) {
    this.investors = store.of<Investor>(INVESTOR);
  }

  /** An address's investor id: its keyed hash, so the address itself is kept only sealed. */
  idOf(email: string) {
    return this.tokens.hash(`investor:${normaliseEmail(email)}`).slice(0, 22);
  }

  /**
   * Keeps the sign-up (pending until verified) and, with it, the event that mails the verification link. The
   * id is the address's keyed hash: a second sign-up with the same address is refused by the store as existing
   * and answered like the first, so the form tells nobody whether an address signed up before.
   */
  async signUp(form: InvestorSignUpDto, now = new Date()): Promise<void> {
    if (form.consent?.terms !== true)
      throw new DomainError(
        'funding.investor.consent_required',
        'invalid',
        'Accepting the investor terms is required',
      );
    assertTickets(form.interests);
    const investorId = this.idOf(form.email);
    const state: Investor = {
      organisation: form.organisation.trim(),
      name: form.name.trim(),
      email: normaliseEmail(form.email),
      locale: form.locale,
      interests: interestsOf(form.interests),
      consent: { terms: true, version: form.consent.version, at: now.toISOString() },
      status: 'pending',
      signedUpAt: now.toISOString(),
    };
    const signedUp = event(InvestorSignedUp, {
      investorId,
      organisation: state.organisation,
      name: state.name,
      email: state.email,
      locale: state.locale,
      verifyToken: this.tokens.sign(`${VERIFY}${investorId}`),
    });
    await this.investors.create(investorId, state, [signedUp]).catch((error: unknown) => {
      if (!(error instanceof AggregateConflictError)) throw error;
    });
  }

  /**
   * Follows the verification link: the investor is verified and `funding.investor.verified` written once (a
   * second click, or two at once, find it verified and write nothing). Then, every time, the investor is
   * matched against the proposals shortlisted or awarded so far: matches are created once each, so a retry
   * after a crash in the middle finishes the job.
   */
  async verify(token: string, now = new Date()): Promise<void> {
    const value = this.tokens.open(token);
    const investorId = value?.startsWith(VERIFY) ? value.slice(VERIFY.length) : null;
    const found = investorId ? await this.investors.load(investorId) : null;
    if (!investorId || !found) throw tokenInvalid();
    let investor = found;
    try {
      investor = await this.investors.update(investorId, ({ state }) => {
        if (state.status === 'verified') throw new AlreadyVerified();
        const next: Investor = { ...state, status: 'verified', verifiedAt: now.toISOString() };
        const { organisation, name, email, locale, interests } = next;
        return {
          state: next,
          events: [event(InvestorVerified, { investorId, organisation, name, email, locale, interests })],
        };
      });
    } catch (error) {
      if (!(error instanceof AlreadyVerified)) throw error;
      investor = (await this.investors.load(investorId))!;
    }
    await this.matching.matchInvestor(investorId, investor.state.interests);
  }

  /** The verified investor of the caller's account (its address's), or 403. */
  async ofCaller(caller: Caller): Promise<Versioned<Investor>> {
    const found = caller.email ? await this.investors.load(this.idOf(caller.email)) : null;
    if (!found || found.state.status !== 'verified')
      throw new DomainError(
        'funding.investor.unknown',
        'forbidden',
        'No verified investor sign-up has the address of this account',
      );
    return found;
  }

  /** New interests; the proposals listed so far are matched against them (existing matches stay). */
  async changeInterests(caller: Caller, interests: InvestorInterests): Promise<Versioned<Investor>> {
    assertTickets(interests);
    const { id } = await this.ofCaller(caller);
    const changed = await this.investors.update(id, ({ state }) => ({
      state: { ...state, interests: interestsOf(interests) },
      events: [],
    }));
    await this.matching.matchInvestor(id, changed.state.interests);
    return changed;
  }
}

/** Only the fields of the contract, lists without repeats. */
const interestsOf = (i: InvestorInterests): InvestorInterests => ({
  sectors: [...new Set(i.sectors)],
  iprcs: [...new Set(i.iprcs)],
  provinces: [...new Set(i.provinces)],
  ticketMin: i.ticketMin,
  ticketMax: i.ticketMax,
  currency: i.currency,
  instruments: [...new Set(i.instruments)],
});
