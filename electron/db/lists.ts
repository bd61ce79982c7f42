/**
 * The six id-carrying lists of a membership as table descriptions: each table's columns, how an
 * item becomes a row and a row (with its child rows) an item. Inserting (on import), upserting
 * (from an editor), deleting and loading (`membership-read.ts`) all use them, and
 * `lists.test.ts` checks them against the tables the migrations create. A hand-written mapping
 * rather than a query builder: six small tables, statements cached per SQL text, and the load
 * benchmark at about one plain SELECT per table, which a builder's per-query work would cost.
 */
import type Database from 'better-sqlite3';
import type { Membership } from '../../shared/interchange/schema';
import { ID_LISTS } from '../../shared/interchange/parse';
import type { EntityList } from '../../shared/ipc/contract';
import { bit, statement } from './statements';
import { bool, integer, oneRow, referenceStatus, text, textOrNull, type Row } from './row';

/** One item of `list`, as stored and loaded. */
export type Item<L extends EntityList> = Membership[L][number];

/** The items an editor sends: list and item as the contract's schemas parse them. */
export type EditedItem = {
  [L in EntityList]: {
    readonly list: L;
    readonly item: Omit<Item<L>, 'id'> & { readonly id?: string | undefined };
  };
}[EntityList];

interface ChildSpec<T> {
  readonly table: string;
  readonly parentColumn: string;
  readonly columns: readonly string[];
  readonly rows: (item: T) => unknown[][];
}

interface ListSpec<T> {
  readonly table: string;
  readonly columns: readonly string[];
  readonly values: (item: T) => unknown[];
  readonly children: readonly ChildSpec<T>[];
  /** The item from its row (which has `id` and `columns`) and the rows of each child table. */
  readonly read: (row: Row, children: (index: number) => readonly Row[]) => T;
}

const spec = <L extends EntityList>(value: ListSpec<Item<L>>) => value;

export const LIST_SPECS: { readonly [L in EntityList]: ListSpec<Item<L>> } = {
  competencies: spec<'competencies'>({
    table: 'competencies',
    columns: ['name', 'attained_on', 'other_requirements_met'],
    values: (c) => [c.name, c.attainedOn, bit(c.otherRequirementsMet)],
    read: (row, children) => ({
      id: text(row, 'id'),
      name: text(row, 'name'),
      attainedOn: textOrNull(row, 'attained_on'),
      specializations: children(0).map((s) => text(s, 'name')),
      otherRequirementsMet: bool(row, 'other_requirements_met'),
    }),
    children: [
      {
        table: 'competency_specializations',
        parentColumn: 'competency_id',
        columns: ['name'],
        rows: (c) => c.specializations.map((name) => [name]),
      },
    ],
  }),
  professionals: spec<'professionals'>({
    table: 'professionals',
    columns: ['name', 'mcp_id', 'associated'],
    values: (p) => [p.name, p.mcpId, bit(p.associated)],
    read: (row, children) => ({
      id: text(row, 'id'),
      name: text(row, 'name'),
      mcpId: textOrNull(row, 'mcp_id'),
      associated: bool(row, 'associated'),
      links: children(1).map((l) => ({
        competencyId: text(l, 'competency_id'),
        specialization: text(l, 'specialization'),
      })),
      certifications: children(0).map((c) => ({
        name: text(c, 'name'),
        earnedOn: text(c, 'earned_on'),
        expiresOn: textOrNull(c, 'expires_on'),
        newerExamRequiredBy: textOrNull(c, 'newer_exam_required_by'),
      })),
    }),
    children: [
      {
        table: 'certifications',
        parentColumn: 'professional_id',
        columns: ['name', 'earned_on', 'expires_on', 'newer_exam_required_by'],
        rows: (p) => p.certifications.map((c) => [c.name, c.earnedOn, c.expiresOn, c.newerExamRequiredBy]),
      },
      {
        table: 'professional_links',
        parentColumn: 'professional_id',
        columns: ['competency_id', 'specialization'],
        rows: (p) => p.links.map((l) => [l.competencyId, l.specialization]),
      },
    ],
  }),
  certifiedSolutions: spec<'certifiedSolutions'>({
    table: 'certified_solutions',
    columns: ['name', 'tested_on', 'expires_on'],
    values: (s) => [s.name, s.testedOn, s.expiresOn],
    read: (row) => ({
      id: text(row, 'id'),
      name: text(row, 'name'),
      testedOn: text(row, 'tested_on'),
      expiresOn: textOrNull(row, 'expires_on'),
    }),
    children: [],
  }),
  references: spec<'references'>({
    table: 'customer_references',
    columns: [
      'customer',
      'status',
      'requested_on',
      'accepted_on',
      'expires_on',
      'competency_id',
      'specialization',
    ],
    values: (r) => [
      r.customer,
      r.status,
      r.requestedOn,
      r.acceptedOn,
      r.expiresOn,
      r.competencyId,
      r.specialization,
    ],
    read: (row) => ({
      id: text(row, 'id'),
      customer: text(row, 'customer'),
      status: referenceStatus(row, 'status'),
      requestedOn: textOrNull(row, 'requested_on'),
      acceptedOn: textOrNull(row, 'accepted_on'),
      expiresOn: textOrNull(row, 'expires_on'),
      competencyId: textOrNull(row, 'competency_id'),
      specialization: textOrNull(row, 'specialization'),
    }),
    children: [],
  }),
  csatSurveys: spec<'csatSurveys'>({
    table: 'csat_surveys',
    columns: ['participated_on'],
    values: (v) => [v.participatedOn],
    read: (row, children) => ({
      id: text(row, 'id'),
      participatedOn: text(row, 'participated_on'),
      responses: children(0).map((r) => ({ customer: text(r, 'customer'), count: integer(r, 'count') })),
    }),
    children: [
      {
        table: 'csat_responses',
        parentColumn: 'survey_id',
        columns: ['customer', 'count'],
        rows: (v) => v.responses.map((r) => [r.customer, r.count]),
      },
    ],
  }),
  otherPoints: spec<'otherPoints'>({
    table: 'other_points',
    columns: ['description', 'points', 'earned_on'],
    values: (o) => [o.description, o.points, o.earnedOn],
    read: (row) => ({
      id: text(row, 'id'),
      description: text(row, 'description'),
      points: integer(row, 'points'),
      earnedOn: textOrNull(row, 'earned_on'),
    }),
    children: [],
  }),
};

export const ENTITY_LISTS = Object.keys(LIST_SPECS) as EntityList[];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Each list's SQL, built once so the statement cache sees the same texts every time. */
const SQL = Object.fromEntries(
  ENTITY_LISTS.map((list) => {
    const { table, columns, children } = LIST_SPECS[list] as ListSpec<unknown>;
    return [
      list,
      {
        insert: `INSERT INTO ${table} (membership_id, id, position, ${columns.join(', ')}) VALUES (${placeholders(columns.length + 3)})`,
        upsert:
          `INSERT INTO ${table} (membership_id, id, position, ${columns.join(', ')}) ` +
          `VALUES (${placeholders(columns.length + 3)}) ON CONFLICT (membership_id, id) DO UPDATE SET ` +
          columns.map((c) => `${c} = excluded.${c}`).join(', '),
        next: `SELECT coalesce(max(position), -1) + 1 AS next FROM ${table} WHERE membership_id = ?`,
        count: `SELECT count(*) AS n FROM ${table} WHERE membership_id = ?`,
        exists: `SELECT 1 FROM ${table} WHERE membership_id = ? AND id = ?`,
        remove: `DELETE FROM ${table} WHERE membership_id = ? AND id = ?`,
        children: children.map((child) => ({
          remove: `DELETE FROM ${child.table} WHERE membership_id = ? AND ${child.parentColumn} = ?`,
          insert:
            `INSERT INTO ${child.table} (membership_id, ${child.parentColumn}, position, ` +
            `${child.columns.join(', ')}) VALUES (${placeholders(child.columns.length + 3)})`,
        })),
      },
    ];
  }),
) as Record<
  EntityList,
  {
    insert: string;
    upsert: string;
    next: string;
    count: string;
    exists: string;
    remove: string;
    children: { remove: string; insert: string }[];
  }
>;

/**
 * Writes one item at `position`: inserted, or updated in place (keeping its position) when the
 * id exists. Its child rows are replaced; `fresh` skips deleting children that cannot exist yet.
 */
export function writeItem<L extends EntityList>(
  db: Database.Database,
  list: L,
  membershipId: string,
  item: Item<L>,
  position: number,
  fresh: boolean,
): void {
  const table = LIST_SPECS[list] as ListSpec<Item<L>>;
  const sql = SQL[list];
  // A fresh item is a plain INSERT: cheaper than the upsert, and a clash with an id fails loudly.
  statement(db, fresh ? sql.insert : sql.upsert).run(membershipId, item.id, position, ...table.values(item));
  table.children.forEach((child, c) => {
    const childSql = sql.children[c] as { remove: string; insert: string };
    if (!fresh) statement(db, childSql.remove).run(membershipId, item.id);
    const insert = statement(db, childSql.insert);
    child.rows(item).forEach((values, index) => insert.run(membershipId, item.id, index, ...values));
  });
}

/** The position after the last item of `list` in this membership. */
export function nextPosition(db: Database.Database, list: EntityList, membershipId: string): number {
  return integer(oneRow(statement<unknown[], Row>(db, SQL[list].next).get(membershipId)), 'next');
}

/** True when `list` has an item with this id in this membership. */
export function itemExists(
  db: Database.Database,
  list: EntityList,
  membershipId: string,
  id: string,
): boolean {
  return statement(db, SQL[list].exists).get(membershipId, id) !== undefined;
}

/** A fresh id for `list`, `prefix-N` as the interchange parser generates them, not yet taken. */
export function newItemId(db: Database.Database, list: EntityList, membershipId: string): string {
  let n = integer(oneRow(statement<unknown[], Row>(db, SQL[list].count).get(membershipId)), 'n') + 1;
  while (itemExists(db, list, membershipId, `${ID_LISTS[list]}-${n}`)) n += 1;
  return `${ID_LISTS[list]}-${n}`;
}

/** Deletes one item (its child rows go with it). Returns false when there was none. */
export function deleteItem(
  db: Database.Database,
  list: EntityList,
  membershipId: string,
  id: string,
): boolean {
  return statement(db, SQL[list].remove).run(membershipId, id).changes > 0;
}
