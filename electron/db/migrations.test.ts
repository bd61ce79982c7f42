import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, SCHEMA_VERSION, schemaVersion } from './migrations';

/** An in-memory database migrated up to `version`. */
function databaseAt(version: number): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, version);
  return db;
}

const insertMembership = (db: Database.Database, id = 'm-1') =>
  db
    .prepare(
      `INSERT INTO memberships (id, position, organization_name, location, country, level, target_level,
         started_on, expires_on, renewing_subscriber)
       VALUES (?, 0, 'Fabrikam', 'Seattle', 'US', 'gold', 'gold', '2008-10-01', '2009-09-30', 1)`,
    )
    .run(id);

const insertCompetency = (db: Database.Database) =>
  db
    .prepare(`INSERT INTO competencies VALUES ('m-1', 'c-1', 0, 'Information Worker', '2008-05-01', 1)`)
    .run();

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe('migration list', () => {
  it('is numbered 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('rolls back every step of a failing run and keeps the old version', () => {
    const db = databaseAt(1);
    db.exec('CREATE TABLE competencies (x INTEGER)'); // makes migration 3 fail half-way through
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(
      db
        .prepare("SELECT count(*) FROM pragma_table_info('memberships') WHERE name = 'partner_id'")
        .pluck()
        .get(),
    ).toBe(0);
  });
});

describe('001 memberships', () => {
  it('creates strict memberships and contacts with a cascading foreign key', () => {
    const db = databaseAt(1);
    insertMembership(db);
    db.prepare(`INSERT INTO contacts VALUES ('m-1', 'Dana', 'dana@example.com', 'Lee', 0)`).run();
    expect(() => db.prepare(`INSERT INTO contacts VALUES ('nope', null, null, null, 0)`).run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() => db.prepare(`UPDATE memberships SET renewing_subscriber = 'yes'`).run()).toThrow(
      /CHECK|cannot store/,
    );
    expect(() => db.prepare(`UPDATE memberships SET expires_on = '30/09/2009'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE memberships SET level = 'platinum'`).run()).toThrow(/CHECK/);
    db.prepare(`DELETE FROM memberships`).run();
    expect(db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });
});

describe('002 organization profile', () => {
  it('keeps existing memberships and adds empty profile fields', () => {
    const db = databaseAt(1);
    insertMembership(db);
    migrate(db, 2);
    expect(
      db.prepare('SELECT organization_name, partner_id, address, phone, website FROM memberships').get(),
    ).toEqual({
      organization_name: 'Fabrikam',
      partner_id: null,
      address: null,
      phone: null,
      website: null,
    });
    db.prepare(`UPDATE memberships SET partner_id = '1234567', phone = '+1 555'`).run();
  });
});

describe('003 competencies', () => {
  it('adds competencies, specializations and the chosen one for an existing membership', () => {
    const db = databaseAt(2);
    insertMembership(db);
    migrate(db, 3);
    insertCompetency(db);
    db.prepare(
      `INSERT INTO competency_specializations VALUES ('m-1', 'c-1', 0, 'Unified Communications')`,
    ).run();
    db.prepare(`INSERT INTO chosen_competencies VALUES ('m-1', 'c-1', 'Unified Communications')`).run();
    expect(() =>
      db.prepare(`INSERT INTO competency_specializations VALUES ('m-1', 'c-9', 0, 'x')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM competencies`).run();
    expect(db.prepare('SELECT count(*) FROM competency_specializations').pluck().get()).toBe(0);
    expect(db.prepare('SELECT organization_name FROM memberships').pluck().get()).toBe('Fabrikam');
  });
});

describe('004 professionals', () => {
  it('adds professionals with certifications and links that follow their competency', () => {
    const db = databaseAt(3);
    insertMembership(db);
    insertCompetency(db);
    migrate(db, 4);
    db.prepare(`INSERT INTO professionals VALUES ('m-1', 'p-1', 0, 'Sam Lee', '123', 1)`).run();
    db.prepare(
      `INSERT INTO certifications VALUES ('m-1', 'p-1', 0, 'MCITP', '2007-03-01', NULL, '2010-06-30')`,
    ).run();
    db.prepare(
      `INSERT INTO professional_links VALUES ('m-1', 'p-1', 0, 'c-1', 'Unified Communications')`,
    ).run();
    expect(() =>
      db.prepare(`INSERT INTO professional_links VALUES ('m-1', 'p-1', 1, 'c-9', 'x')`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM competencies`).run();
    expect(db.prepare('SELECT count(*) FROM professional_links').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM certifications').pluck().get()).toBe(1);
  });
});

describe('005 solutions and references', () => {
  it('adds certified solutions and references for an existing membership', () => {
    const db = databaseAt(4);
    insertMembership(db);
    insertCompetency(db);
    migrate(db, 5);
    db.prepare(`INSERT INTO certified_solutions VALUES ('m-1', 's-1', 0, 'CRM', '2009-01-10', NULL)`).run();
    db.prepare(
      `INSERT INTO customer_references VALUES ('m-1', 'r-1', 0, 'Contoso', 'accepted', NULL, NULL, '2009-12-31', 'c-1', 'UC')`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO customer_references VALUES ('m-1', 'r-2', 1, 'X', 'lost', NULL, NULL, NULL, NULL, NULL)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM memberships').run();
    expect(db.prepare('SELECT count(*) FROM customer_references').pluck().get()).toBe(0);
  });
});

describe('006 CSAT and other points', () => {
  it('adds surveys with responses and other points', () => {
    const db = databaseAt(5);
    insertMembership(db);
    migrate(db, 6);
    db.prepare(`INSERT INTO csat_surveys VALUES ('m-1', 'v-1', 0, '2009-04-01')`).run();
    db.prepare(`INSERT INTO csat_responses VALUES ('m-1', 'v-1', 0, 'Contoso', 8)`).run();
    db.prepare(`INSERT INTO other_points VALUES ('m-1', 'o-1', 0, 'Bonus', 10, NULL)`).run();
    expect(() => db.prepare(`INSERT INTO csat_responses VALUES ('m-1', 'v-1', 1, 'X', -1)`).run()).toThrow(
      /CHECK/,
    );
    db.prepare('DELETE FROM csat_surveys').run();
    expect(db.prepare('SELECT count(*) FROM csat_responses').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM other_points').pluck().get()).toBe(1);
  });
});

describe('007 assessment and steps', () => {
  it('adds the assessment and the manual steps with the fee', () => {
    const db = databaseAt(6);
    insertMembership(db);
    migrate(db, 7);
    db.prepare(`INSERT INTO maps_assessments VALUES ('m-1', 72.5, '2009-02-15')`).run();
    db.prepare(
      `INSERT INTO manual_steps VALUES ('m-1', 'feePaid', 1, '2009-08-15', NULL, 1900, 'USD')`,
    ).run();
    expect(() =>
      db.prepare(`INSERT INTO manual_steps VALUES ('m-1', 'dance', 1, NULL, NULL, NULL, NULL)`).run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE manual_steps SET currency = 'usd'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE maps_assessments SET score_percent = 101`).run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT score_percent FROM maps_assessments').pluck().get()).toBe(72.5);
  });
});

describe('008 settings and notifications', () => {
  it('adds settings and the reminders already shown', () => {
    const db = databaseAt(7);
    insertMembership(db);
    migrate(db, 8);
    db.prepare(`INSERT INTO settings VALUES ('regionalServiceCenter', '{"name":"RSC"}')`).run();
    db.prepare(
      `INSERT INTO deadline_notifications VALUES ('m-1', 'enrollment-expires', 'Fabrikam', '2009-09-30', '2009-09-01T08:00:00Z')`,
    ).run();
    expect(() => db.prepare(`INSERT INTO settings VALUES ('x', 'not json')`).run()).toThrow(/CHECK/);
    expect(tables(db)).toContain('deadline_notifications');
    db.prepare('DELETE FROM memberships').run();
    expect(db.prepare('SELECT count(*) FROM deadline_notifications').pluck().get()).toBe(0);
  });
});

describe('009 lifecycle and status cache', () => {
  it('moves the lifecycle JSON out of settings, dropping links to memberships that are gone', () => {
    const db = databaseAt(8);
    insertMembership(db, 'm-1');
    insertMembership(db, 'm-2');
    insertMembership(db, 'm-3');
    db.prepare(`INSERT INTO settings VALUES ('membershipLifecycle', ?)`).run(
      JSON.stringify({ archived: ['m-3', 'gone'], rolledForward: { 'm-1': 'm-2', 'm-2': 'gone' } }),
    );
    db.prepare(`INSERT INTO settings VALUES ('regionalServiceCenter', '{"name":"RSC"}')`).run();
    migrate(db, 9);
    expect(
      db
        .prepare('SELECT membership_id, archived, rolled_forward_to FROM membership_lifecycle ORDER BY 1')
        .all(),
    ).toEqual([
      { membership_id: 'm-1', archived: 1, rolled_forward_to: 'm-2' },
      { membership_id: 'm-3', archived: 1, rolled_forward_to: null },
    ]);
    expect(db.prepare('SELECT key FROM settings').pluck().all()).toEqual(['regionalServiceCenter']);
    // Deleting the next year clears the link; deleting a membership removes its row.
    db.prepare("DELETE FROM memberships WHERE id = 'm-2'").run();
    expect(
      db
        .prepare("SELECT rolled_forward_to FROM membership_lifecycle WHERE membership_id = 'm-1'")
        .pluck()
        .get(),
    ).toBeNull();
    db.prepare("DELETE FROM memberships WHERE id = 'm-3'").run();
    expect(db.prepare('SELECT count(*) FROM membership_lifecycle').pluck().get()).toBe(1);
  });

  it("forgets a membership's cached status rows on any write to its data, and only its own", () => {
    const db = databaseAt(9);
    insertMembership(db, 'm-1');
    insertMembership(db, 'm-2');
    const cache = (id: string) =>
      db.prepare(`INSERT INTO status_cache VALUES (?, '2009-08-15', 'mpp-2009', '{}')`).run(id);
    const kept = () => db.prepare('SELECT membership_id FROM status_cache ORDER BY 1').pluck().all();
    cache('m-1');
    cache('m-2');
    insertCompetency(db);
    expect(kept()).toEqual(['m-2']);
    cache('m-1');
    db.prepare("UPDATE competencies SET name = 'Data' WHERE membership_id = 'm-1'").run();
    expect(kept()).toEqual(['m-2']);
    cache('m-1');
    db.prepare("UPDATE memberships SET expires_on = '2009-10-30' WHERE id = 'm-2'").run();
    expect(kept()).toEqual(['m-1']);
    db.prepare("DELETE FROM competencies WHERE membership_id = 'm-1'").run();
    expect(kept()).toEqual([]);
    expect(() =>
      db.prepare(`INSERT INTO status_cache VALUES ('m-1', 'soon', 'mpp-2009', '{}')`).run(),
    ).toThrow(/CHECK/);
  });
});
