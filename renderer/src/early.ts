/**
 * The first module the page runs, before React and the app's code are evaluated: it asks for
 * everything the workspace home shows, so the answers travel while the rest of the bundle is
 * evaluated. The store and the home take them (early-calls.ts) instead of asking again.
 */
import { localToday } from '../../shared/dates';
import { callAhead } from './api/early-calls';

callAhead('ruleset:get', {});
callAhead('workspace:list', {});
callAhead('workspace:lifecycle', {});
callAhead('workspace:status', { asOf: localToday() });
