/** The MCPs: thousands of rows stay smooth (virtualized); each row opens its form. */
import { useMemo, type ReactNode } from 'react';
import type { IsoDate } from '../../../shared/dates';
import type { Competency, Professional } from '../../../shared/interchange/schema';
import { standingOn } from '../../../shared/rules/currency';
import { formatDate } from '../format';
import { useWorkspace } from '../store/workspace-store';
import { ListEditor } from './ListEditor';
import { useListItems } from './use-item-form';
import { ProfessionalForm } from './ProfessionalForm';
import { useDeleteWithUndo } from './use-delete-with-undo';
import type { Column } from './VirtualTable';

/** The standing sort key: not current first, then by the last day current, no end last. */
function untilKey(p: Professional, asOf: IsoDate): string {
  const standing = standingOn(p, asOf);
  return standing === null ? '' : (standing.lastDay ?? '9999-12-31');
}

function columns(competencies: readonly Competency[], asOf: IsoDate): Column<Professional>[] {
  const names = new Map(competencies.map((c) => [c.id, c.name]));
  return [
    // The MCP ID is not a column (the table is narrow beside the steps); the filter finds it.
    { key: 'name', header: 'Name', cell: (p) => p.name, sortValue: (p) => p.name, width: '15%' },
    {
      key: 'associated',
      header: 'Associated',
      cell: (p) => (p.associated ? 'Yes' : 'No'),
      sortValue: (p) => Number(p.associated),
      // The header's bold word and its sort arrow, whole.
      width: '6.5rem',
    },
    {
      key: 'certifications',
      header: 'Certifications',
      cell: (p) => p.certifications.map((c) => c.name).join(', ') || '—',
      sortValue: (p) => p.certifications.length,
    },
    {
      key: 'until',
      header: 'Current until',
      cell: (p) => {
        const standing = standingOn(p, asOf);
        return standing === null
          ? 'Not current'
          : standing.lastDay === null
            ? 'No end date'
            : formatDate(standing.lastDay);
      },
      sortValue: (p) => untilKey(p, asOf),
      width: '7rem',
    },
    {
      key: 'links',
      header: 'Linked to',
      cell: (p) =>
        p.links
          .map((l) => `${names.get(l.competencyId) ?? l.competencyId} / ${l.specialization}`)
          .join('; ') || '—',
      sortValue: (p) => p.links.length,
    },
  ];
}

const searchText = (p: Professional) =>
  `${p.name} ${p.mcpId ?? ''} ${p.certifications.map((c) => c.name).join(' ')} ${p.links.map((l) => l.specialization).join(' ')}`;
const label = (p: Professional) => p.name;

export function ProfessionalsEditor({ intro }: { readonly intro?: ReactNode }) {
  const items = useListItems('professionals');
  const competencies = useListItems('competencies');
  const asOf = useWorkspace((s) => s.asOf);
  const onDelete = useDeleteWithUndo('professionals');
  const cols = useMemo(() => columns(competencies, asOf), [competencies, asOf]);
  return (
    <ListEditor
      title="Microsoft Certified Professionals (MCPs)"
      noun="MCP"
      plural="MCPs"
      items={items}
      columns={cols}
      searchText={searchText}
      itemLabel={label}
      onDelete={onDelete}
      testId="professionals"
      sheet="mcps"
      intro={intro}
      renderForm={(item, close) => <ProfessionalForm item={item} close={close} />}
    />
  );
}
