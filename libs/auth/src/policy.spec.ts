import { describe, expect, it } from '@jest/globals';
import { allows, ANY_SIGNED_IN, PUBLIC, ruleOf } from './policy.ts';

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
});
