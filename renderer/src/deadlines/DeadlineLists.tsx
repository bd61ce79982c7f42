/**
 * The two lists of the Deadlines view, MCP certifications first: each a heading with its row
 * count, then the table, or a sentence when there is nothing to show.
 */
import type { ComponentProps, ReactNode } from 'react';
import type { Level } from '../../../shared/interchange/fields';
import type { Column } from '../editors/VirtualTable';
import { filterRows, type DeadlineFilter, type DeadlineGroups, type DeadlineRow } from './deadline-rows';
import { DeadlineTable } from './DeadlineTable';
import { useRuleset } from '../wizard/use-evaluation';
import { formatNumber } from '../../../shared/text/format-number';

interface DeadlineListsProps {
  readonly groups: DeadlineGroups;
  readonly filter: DeadlineFilter;
  readonly columns: {
    readonly mcp: readonly Column<DeadlineRow>[];
    readonly other: readonly Column<DeadlineRow>[];
  };
  /** Added to each table's name and test id: "of all memberships", `all-`. */
  readonly labelSuffix: string;
  readonly testIdPrefix: string;
  readonly target?: Level;
  readonly actions?: (row: DeadlineRow) => ReactNode;
}

export function DeadlineLists({
  groups,
  filter,
  columns,
  labelSuffix,
  testIdPrefix,
  ...rest
}: DeadlineListsProps) {
  // "Soon" is the workspace ruleset's horizon (shared/rules/README.md, "Rulesets are data").
  const soonDays = useRuleset()?.deadlines.soonDays ?? 0;
  const lists = [
    { key: 'mcp', heading: 'MCP certifications', label: 'MCP certification deadlines', rows: groups.mcp },
    { key: 'other', heading: 'Other deadlines', label: 'Other deadlines', rows: groups.other },
  ] as const;
  return lists.map((list) => (
    <DeadlineGroup
      key={list.key}
      heading={list.heading}
      label={`${list.label}${labelSuffix}`}
      rows={filterRows(list.rows, filter, soonDays)}
      columns={columns[list.key]}
      testId={`deadlines-${testIdPrefix}${list.key}`}
      filtered={filter !== 'all'}
      {...rest}
    />
  ));
}

interface DeadlineGroupProps extends ComponentProps<typeof DeadlineTable> {
  readonly heading: string;
  readonly filtered: boolean;
}

function DeadlineGroup({ heading, filtered, ...table }: DeadlineGroupProps) {
  return (
    <>
      <h3>
        {heading} ({formatNumber(table.rows.length)})
      </h3>
      {table.rows.length > 0 ? (
        <DeadlineTable {...table} />
      ) : (
        <p className="empty">None{filtered ? ' match this filter' : ''}.</p>
      )}
    </>
  );
}
