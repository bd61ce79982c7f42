/**
 * The first module the page runs, before React and the app's code are evaluated: it asks for
 * everything the workspace home shows (or the membership the address names), so the answers
 * travel while the rest of the bundle is evaluated. The store and the home take them
 * (early-calls.ts) instead of asking again.
 */
import { localToday } from '../../shared/dates';
import { callAhead } from './api/early-calls';
import { addressAtStart } from './app/address';

callAhead('ruleset:get', {});
callAhead('workspace:list', {});
callAhead('workspace:lifecycle', {});
// A reload keeps the membership open (app/address.ts): it opens instead of the home.
if (addressAtStart.membershipId !== null) callAhead('membership:get', { id: addressAtStart.membershipId });
// Tagged: the home hears how far the evaluation of rows not kept yet (a new day) has come.
else callAhead('workspace:status', { asOf: localToday() }, crypto.randomUUID());
