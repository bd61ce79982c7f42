import { describe, expect, it } from 'vitest';
import { goldMembership, mcp } from '../../test/fixtures/gold-membership';
import { analyzeSheet } from './plan';
import { describeSheetProblem, type SheetCell, type SheetTable } from './types';

const table = (...rows: SheetCell[][]): SheetTable => ({
  rows: rows.map((cells, i) => ({ row: i + 1, cells })),
});
const lines = (a: ReturnType<typeof analyzeSheet>) => a.problems.map(describeSheetProblem);
const MCP_HEADER = [
  'Name',
  'MCP ID',
  'Certification',
  'Earned on',
  'Expires on',
  'Competency',
  'Specialization',
];

describe('MCP sheets', () => {
  it('makes rows sharing an MCP ID one professional with several certifications', () => {
    const m = goldMembership();
    const a = analyzeSheet(
      'mcps',
      table(
        MCP_HEADER,
        [
          'Kim Ode',
          1234567,
          'MCITP',
          { date: '2008-01-02' },
          null,
          'Information Worker Solutions',
          'Unified Communications',
        ],
        ['Kim Ode', '1234567', 'MCTS', '2008-05-06', '2010-05-06', 'c-1', 'Unified Communications'],
        ['Lou Park', '7654321', 'MCSE', '2007-01-01', null, null, null],
      ),
      m,
    );
    expect(lines(a)).toEqual([]);
    expect(a.plan).toMatchObject({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(a.plan?.items).toHaveLength(4);
    const kim = a.plan?.items.find((p) => 'mcpId' in p && p.mcpId === '1234567');
    expect(kim).toEqual({
      id: 'p-3',
      name: 'Kim Ode',
      mcpId: '1234567',
      associated: true,
      certifications: [
        { name: 'MCITP', earnedOn: '2008-01-02', expiresOn: null, newerExamRequiredBy: null },
        { name: 'MCTS', earnedOn: '2008-05-06', expiresOn: '2010-05-06', newerExamRequiredBy: null },
      ],
      links: [{ competencyId: 'c-1', specialization: 'Unified Communications' }],
    });
  });

  it('points out every problem by row and column and plans nothing', () => {
    const rows: SheetCell[][] = [MCP_HEADER];
    for (let i = 2; i < 14; i += 1) rows.push([`P ${i}`, String(i), 'MCP', '2008-01-01', null, null, null]);
    rows.push(['Ann Bee', '1234567', 'MCTS', '2008-01-01', '31/02/2009', null, null]);
    rows.push(['Ann Bea', '1234567', 'MCTS', '2008-01-01', '02/03/2009', 'Astrology', 'Stars']);
    rows.push(['', '55', 'MCTS', null, null, null, 'Web Development']);
    const a = analyzeSheet('mcps', table(...rows), goldMembership(), { dateOrder: 'dmy' });
    expect(lines(a)).toEqual([
      'row 14, column "Expires on": 31/02/2009 is not a date',
      'row 15, column "Competency": No competency "Astrology" in this membership.',
      'row 15: MCP ID 1234567 appears with two different names (see row 14).',
      'row 16, column "Name": The name is missing.',
      'row 16, column "Earned on": The date MCTS was earned is missing.',
      'row 16, column "Specialization": Name the competency as well.',
    ]);
    expect(a.plan).toBeNull();
  });

  it('asks for the date order instead of guessing it', () => {
    const a = analyzeSheet(
      'mcps',
      table(MCP_HEADER, ['Kim', '1', 'MCP', '05/06/2008', null, null, null]),
      goldMembership(),
    );
    expect(a.needsDateOrder).toBe(true);
    expect(lines(a)).toEqual([
      'row 2, column "Earned on": 05/06/2008 could be day/month or month/day: say which order this sheet writes dates in.',
    ]);
    const mdy = analyzeSheet(
      'mcps',
      table(MCP_HEADER, ['Kim', '1', 'MCP', '05/06/2008', null, null, null]),
      goldMembership(),
      {
        dateOrder: 'mdy',
      },
    );
    expect(
      (mdy.plan?.items.at(-1) as unknown as { certifications: { earnedOn: string }[] }).certifications[0]
        ?.earnedOn,
    ).toBe('2008-05-06');
  });

  it('updates the professional with the same MCP ID, keeps fields the sheet has no column for, replaces only on request', () => {
    const m = goldMembership({
      professionals: [mcp('p-1', 'Sam Lee', { mcpId: '42' }), mcp('p-2', 'Ana Ruiz')],
    });
    const sheet = table(['Name', 'MCP ID', 'Associated'], ['Sam Lee', '42', 'no']);
    const kept = analyzeSheet('mcps', sheet, m);
    expect(kept.plan).toMatchObject({ added: 0, updated: 1, unchanged: 0, removed: 0 });
    expect(kept.plan?.items[0]).toEqual({ ...m.professionals[0], associated: false });
    expect(kept.plan?.items).toHaveLength(2);
    const replaced = analyzeSheet('mcps', sheet, m, { replace: true });
    expect(replaced.plan).toMatchObject({ updated: 1, removed: 1, removals: ['p-2'] });
    expect(replaced.plan?.items.map((p) => p.id)).toEqual(['p-1']);
  });
});

describe('the other lists', () => {
  it('references: same item by customer + competency + specialization; status checked', () => {
    const header = ['Customer', 'Status', 'Accepted on', 'Competency', 'Specialization'];
    const a = analyzeSheet(
      'references',
      table(
        header,
        ['contoso', 'Declined', null, 'Information Worker Solutions', 'unified communications'],
        ['Contoso', 'accepted', null, null, null],
        ['Contoso', 'lost', null, null, null],
      ),
      goldMembership(),
    );
    expect(lines(a)).toEqual([
      'row 4, column "Status": lost is not one of draft, requested, accepted, declined.',
      'row 4: The same customer, competency and specialization as row 3.',
    ]);
    const ok = analyzeSheet(
      'references',
      table(header, ['contoso', 'Declined', null, 'c-1', 'Unified Communications']),
      goldMembership(),
    );
    expect(ok.plan).toMatchObject({ added: 0, updated: 1 });
    expect(ok.plan?.items[0]).toMatchObject({
      id: 'r-1',
      customer: 'contoso',
      status: 'declined',
      acceptedOn: null,
    });
  });

  it('CSAT: rows sharing a survey date are one survey, merged by customer', () => {
    const a = analyzeSheet(
      'csat',
      table(
        ['Participated on', 'Customer', 'Count'],
        ['2009-04-01', 'Contoso', 9],
        ['2009-04-01', 'Fourth Coffee', '2'],
        ['2009-05-01', 'Contoso', 1],
      ),
      goldMembership(),
    );
    expect(a.plan).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    expect(a.plan?.items[0]).toEqual({
      id: 'v-1',
      participatedOn: '2009-04-01',
      responses: [
        { customer: 'Contoso', count: 9 },
        { customer: 'Tailspin Toys', count: 3 },
        { customer: 'Fourth Coffee', count: 2 },
      ],
    });
  });

  it('competencies: specializations separated by ; or |, matched by name', () => {
    const a = analyzeSheet(
      'competencies',
      table(
        ['Competency', 'Specializations', 'Other requirements met'],
        ['information worker solutions', 'A; B | C', 'yes'],
        ['ISV', '', 'perhaps'],
      ),
      goldMembership(),
    );
    expect(lines(a)).toEqual(['row 3, column "Other requirements met": perhaps is not yes or no']);
    const ok = analyzeSheet(
      'competencies',
      table(['Competency', 'Specializations'], ['information worker solutions', 'A; B | C']),
      goldMembership(),
    );
    expect(ok.plan?.items[0]).toMatchObject({
      id: 'c-1',
      specializations: ['A', 'B', 'C'],
      otherRequirementsMet: true,
    });
  });

  it('other points: same entry by description and date; points must be whole numbers', () => {
    const header = ['Description', 'Points', 'Earned on'];
    const a = analyzeSheet(
      'other-points',
      table(header, ['Demo showcase', 20, '2009-02-01'], ['Demo Showcase', 'ten', null]),
      goldMembership(),
    );
    expect(lines(a)).toEqual(['row 3, column "Points": ten is not a whole number from 0 to 1,000,000']);
    const ok = analyzeSheet(
      'other-points',
      table(header, ['Demo showcase', 20, '2009-02-01'], ['Webinar', 5, null]),
      goldMembership(),
    );
    expect(ok.plan).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
  });

  it('refuses a cell longer than the interchange format allows, naming the row', () => {
    const a = analyzeSheet(
      'other-points',
      table(['Description', 'Points'], ['x'.repeat(300), 1]),
      goldMembership(),
    );
    expect(a.problems[0]).toMatchObject({ row: 2, code: 'invalid' });
    expect(a.plan).toBeNull();
  });
});
