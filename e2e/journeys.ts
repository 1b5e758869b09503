import { expect } from '@jest/globals';
import { campaignDraft, cvPdf, type MailCatcher, registrationProfile } from '@ikiraro/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Platform } from './platform.ts';

/** What a registrant and a programme manager do through the gateway before a journey's subject begins. */
export function journeysOn(platform: () => Platform, mail: () => MailCatcher) {
  const api = (method: string, path: string, body?: unknown, options = {}) =>
    platform().gateway.request(method, `/api/v1${path}`, body, options);

  return {
    /** A campaign created and launched by a programme manager: its slug. */
    async liveCampaign(draft: Record<string, unknown> = {}): Promise<string> {
      const manager = { as: 'programme-manager' as const };
      const created = await api('POST', '/campaigns', campaignDraft(draft), manager);
      expect(created.status).toBe(201);
      expect((await api('POST', `/campaigns/${created.body.id}/launch`, undefined, manager)).status).toBe(
        200,
      );
      return created.body.slug as string;
    },

    /**
     * Registers a person as the public form does: the form opened (the funnel's start), a CV uploaded, the form
     * sent no sooner than a person could (outreach ignores forms sent within 3 s), and the e-mailed verification
     * link followed. The member's id.
     */
    async register(
      slug: string,
      person: { firstName: string; lastName: string; email: string },
      profile: Record<string, unknown> = {},
    ): Promise<string> {
      const startedAt = new Date();
      expect((await api('POST', `/public/campaigns/${slug}/starts`, { channel: 'event' })).status).toBe(204);
      const cv = await fetch(`${platform().gateway.url}/api/v1/public/cvs`, {
        method: 'POST',
        headers: { 'content-type': 'application/pdf' },
        body: cvPdf,
      });
      expect(cv.status).toBe(201);
      const { cvId } = (await cv.json()) as { cvId: string };
      await sleep(Math.max(0, startedAt.getTime() + 3_500 - Date.now()));
      const since = new Date();
      const submitted = await api('POST', '/public/registrations', {
        campaign: slug,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        ...registrationProfile(profile),
        cvId,
        startedAt: startedAt.toISOString(),
      });
      expect(submitted.body).toEqual({ status: 'verification-sent' });
      const verification = await mail().waitFor(person.email, { since });
      const link = new URL(verification.links.find((candidate) => candidate.includes('/verify?token='))!);
      const verified = await api('POST', '/public/registrations/verify', {
        token: link.searchParams.get('token'),
      });
      expect(verified.body).toMatchObject({ outcome: 'registered' });
      return verified.body.memberId as string;
    },

    /** Asks for a self-service link and takes its token from the e-mail. */
    async magicLinkOf(email: string): Promise<string> {
      const since = new Date();
      expect((await api('POST', '/public/self-service/link', { email })).status).toBe(202);
      const sent = await mail().waitFor(email, { since });
      const link = new URL(sent.links.find((candidate) => candidate.includes('/my-profile?token='))!);
      return link.searchParams.get('token')!;
    },
  };
}
