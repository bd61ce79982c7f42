/**
 * The ready-for-Gold membership the renderer's tests start from: the one the rule tests use,
 * so a change to the fixture is made once.
 */
export { AS_OF, goldMembership, mcp } from '../../../test/fixtures/gold-membership';

/** A manual step not done. */
export const notDone = { done: false, on: null, note: null };
