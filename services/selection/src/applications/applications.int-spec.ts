import { describe, expect, it } from '@jest/globals';
import { hashOf } from '@ikiraro/persistence';
import { applicantCode } from './application.view.ts';
import { applicationIdOf, ApplicationsService } from './applications.service.ts';
import { member, motivation, pm, startSelection } from './selection.testing.ts';

describe('application ids', () => {
  const started = startSelection();

  const applyAs = (applicant: ReturnType<typeof member>, torId: string) =>
    started.selection.request('POST', '/member/applications', { torId, motivation }, { as: applicant.who });

  it('gives an application a random id, so a reviewer who knows the member and the ToR cannot compute it', async () => {
    const torId = await started.steps.published();
    const applicant = member();
    await started.steps.registered(applicant);
    const id = await started.steps.apply(applicant, torId);
    // A version-4 UUID: random, no name hashed into it and no timestamp.
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(applicationIdOf(torId, applicant.memberId));
    const view = (await started.selection.request('GET', `/applications/${id}`, undefined, { as: pm }))
      .body as {
      code: string;
    };
    expect(view.code).toBe(applicantCode(id));
    expect(view.code).not.toBe(applicantCode(applicationIdOf(torId, applicant.memberId)));
  });

  it('takes one application per member and ToR when the same member applies many times at once', async () => {
    const torId = await started.steps.published();
    const applicant = member();
    await started.steps.registered(applicant);
    const answers = await Promise.all(Array.from({ length: 6 }, () => applyAs(applicant, torId)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    for (const answer of answers.filter((a) => a.status === 409))
      expect(answer.body).toMatchObject({ code: 'application.duplicate' });
    const stored = (
      await started.steps.db().collection('outbox').find({ aggregate: 'application' }).toArray()
    ).filter((r) => (r.state as { memberId: string; torId: string }).memberId === applicant.memberId);
    expect(stored.map((r) => [r.aggregateId, r.version])).toEqual([
      [(answers.find((a) => a.status === 201)!.body as { id: string }).id, 1],
    ]);
  });

  it('lets a member apply whose earlier attempt claimed an id and crashed before storing the application', async () => {
    const torId = await started.steps.published();
    const applicant = member();
    await started.steps.registered(applicant);
    const claimed = crypto.randomUUID();
    await started.steps
      .db()
      .collection('application_claims')
      .insertOne({
        _id: hashOf(`${torId}:${applicant.memberId}`) as never,
        applicationId: claimed,
        torId,
        memberId: applicant.memberId,
        at: new Date(),
      });
    expect(await started.steps.apply(applicant, torId)).toBe(claimed);
    expect((await applyAs(applicant, torId)).body).toMatchObject({
      status: 409,
      code: 'application.duplicate',
    });
  });

  it('counts an application made before ids became random as the member’s one for that ToR', async () => {
    const torId = await started.steps.published();
    const applicant = member();
    await started.steps.registered(applicant);
    const service = started.selection.app.get(ApplicationsService);
    const first = await started.steps.apply(applicant, torId);
    const { state } = (await service.applications.load(first))!;
    const otherTor = await started.steps.published();
    // As stored before: under the id derived from ToR and member, with no claim.
    await service.applications.create(applicationIdOf(otherTor, applicant.memberId), {
      ...state,
      torId: otherTor,
    });
    expect((await applyAs(applicant, otherTor)).body).toMatchObject({
      status: 409,
      code: 'application.duplicate',
    });
  });
});
