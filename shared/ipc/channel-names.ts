/**
 * The contract's channel names alone, without their schemas, for the preload: it forwards
 * requests and validates nothing, so it need not carry zod. `contract.ts` checks at compile
 * time that this list and the contract's channels are the same.
 */
export const CHANNEL_NAMES = [
  'workspace:list',
  'workspace:status',
  'ruleset:get',
  'workspace:deadlines',
  'membership:get',
  'membership:create',
  'membership:save-overview',
  'membership:delete',
  'membership:archive',
  'membership:roll-forward',
  'workspace:lifecycle',
  'membership:save-profile',
  'membership:save-chosen',
  'membership:save-assessment',
  'membership:save-step',
  'entity:save',
  'entity:delete',
  'workspace:import',
  'workspace:export',
  'workspace:open-sample',
  'backup:list',
  'backup:restore',
  'settings:get',
  'settings:save',
  'report:render',
  'report:pdf',
  'sheet:preview',
  'sheet:commit',
  'sheet:undo',
  'sheet:export',
] as const;

export type ChannelNameList = (typeof CHANNEL_NAMES)[number];
