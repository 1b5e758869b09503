import { describe, expect, it } from '@jest/globals';
import { eventually, type Who } from '@ikiraro/testing';
import { draft, pm, startSelection } from '../applications/selection.testing.ts';

describe('ToRs in scope', () => {
  const started = startSelection();

  const drafted = async (iprc: string) =>
    (
      (
        await started.selection.request('POST', '/tors', draft({ iprc, title: `Trainer for ${iprc}` }), {
          as: pm,
        })
      ).body as {
        id: string;
      }
    ).id;
  const listAs = async (who: Who, query = '') =>
    (
      (await started.selection.request('GET', `/tors${query}`, undefined, { as: who })).body as {
        items: { id: string; iprc: string }[];
      }
    ).items;

  it('shows an IPRC focal point only their own IPRC’s ToRs, in the list and one by one', async () => {
    const focal: Who = { roles: ['iprc-focal-point'], iprc: 'HYE' };
    const [ours, theirs, published] = [
      await drafted('HYE'),
      await drafted('KGL'),
      await started.steps.published(),
    ];
    await eventually(async () => {
      const all = (await listAs(pm)).map((t) => t.id);
      expect(all).toEqual(expect.arrayContaining([ours, theirs, published]));
    });

    const seen = await listAs(focal);
    expect(seen.map((t) => t.id)).toContain(ours);
    expect(seen.every((t) => t.iprc === 'HYE')).toBe(true);
    expect(await listAs(focal, '?iprc=KGL')).toEqual([]);
    expect(await listAs(focal, '?status=published')).toEqual([]);

    expect((await started.selection.request('GET', `/tors/${ours}`, undefined, { as: focal })).status).toBe(
      200,
    );
    for (const id of [theirs, published]) {
      const read = await started.selection.request('GET', `/tors/${id}`, undefined, { as: focal });
      expect(read.body).toEqual(expect.objectContaining({ status: 404, code: 'tor.not_found' }));
      // An edit is refused without telling which IPRC the ToR belongs to.
      const edit = await started.selection.request('PATCH', `/tors/${id}`, { experts: 2 }, { as: focal });
      expect(edit.body).toEqual(expect.objectContaining({ status: 404, code: 'tor.not_found' }));
    }
  });

  it('shows a focal point whose account names no IPRC no ToR at all', async () => {
    const unscoped: Who = { roles: ['iprc-focal-point'] };
    const id = await drafted('KGL');
    await eventually(async () => expect((await listAs(pm)).map((t) => t.id)).toContain(id));
    expect(await listAs(unscoped)).toEqual([]);
    expect((await started.selection.request('GET', `/tors/${id}`, undefined, { as: unscoped })).status).toBe(
      404,
    );
  });

  it('still shows every ToR to the programme manager, auditors and TWG members', async () => {
    const id = await drafted('MSZ');
    for (const who of [pm, 'auditor', 'twg-member'] as Who[])
      await eventually(async () => expect((await listAs(who)).map((t) => t.id)).toContain(id));
    expect((await started.selection.request('GET', `/tors/${id}`, undefined, { as: 'auditor' })).status).toBe(
      200,
    );
  });
});
