import { describe, expect, it } from '@jest/globals';
import { allows, ANY_SIGNED_IN, policy, PUBLIC, ruleOf, type Rule } from './policy.ts';

describe('policy rules', () => {
  it('lets anyone call a public route, and only signed-in callers the others', () => {
    expect(allows(PUBLIC, null)).toBe(true);
    expect(allows(ANY_SIGNED_IN, null)).toBe(false);
    expect(allows(ANY_SIGNED_IN, ['trainee'])).toBe(true);
    expect(allows(['admin'], null)).toBe(false);
  });

  it('allows a caller with any one of the listed roles', () => {
    expect(allows(['admin', 'auditor'], ['trainer', 'auditor'])).toBe(true);
    expect(allows(['admin', 'auditor'], ['trainer'])).toBe(false);
  });

  it('forbids a route that the matrix does not list, to everyone', () => {
    expect(ruleOf('outreach', 'DELETE /campaigns/:id')).toBeUndefined();
    expect(allows(ruleOf('outreach', 'DELETE /campaigns/:id'), ['admin'])).toBe(false);
    expect(allows(ruleOf('nowhere', 'GET /'), ['admin'])).toBe(false);
  });

  it('lets an auditor read everything staff read, the logframe and the donor reports too, and change nothing', () => {
    const routes = Object.values(policy as Record<string, Record<string, Rule>>).flatMap((table) =>
      Object.entries(table).filter(([, rule]) => Array.isArray(rule)),
    );
    const audited = routes.filter(([, rule]) => allows(rule, ['auditor'])).map(([route]) => route);
    expect(audited.filter((route) => !route.startsWith('GET '))).toEqual([]);
    expect(audited).toEqual(
      expect.arrayContaining([
        'GET /logframe',
        'GET /logframe/indicators/:code/sources',
        'GET /reports/:quarter',
        'GET /reports/:quarter/iati',
      ]),
    );
  });
});
