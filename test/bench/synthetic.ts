/**
 * A large, valid interchange document for benchmarks and load tests. Deterministic: the same
 * options and seed always give the same document (a seeded PRNG, never Math.random), so figures
 * from two runs describe the same data.
 */
import { addDays, addMonths, fromEpochDay, toEpochDay, type IsoDate } from '../../shared/dates';
import type {
  Certification,
  Competency,
  CsatSurvey,
  Membership,
  OtherPoints,
  Professional,
  Reference,
} from '../../shared/interchange/schema';

export interface SyntheticOptions {
  readonly memberships: number;
  readonly mcpsPerMembership: number;
  readonly referencesPerMembership: number;
  readonly surveysPerMembership: number;
  readonly seed?: number;
}

/** The sizes of the large workspace. */
export const LARGE = {
  memberships: 200,
  mcpsPerMembership: 500,
  referencesPerMembership: 100,
  surveysPerMembership: 5,
} as const;

const FIRST = ['Sam', 'Dana', 'Lee', 'Ana', 'Ravi', 'Mei', 'Jonas', 'Priya', 'Tom', 'Ines', 'Kofi', 'Yuki'];
const LAST = ['Lee', 'Smith', 'Chen', 'Ruiz', 'Patel', 'Okafor', 'Berg', 'Tanaka', 'Novak', 'Silva'];
const ORGS = ['Fabrikam', 'Contoso', 'Tailspin', 'Northwind', 'Litware', 'Adventure Works', 'Woodgrove'];
const CITIES = ['Seattle', 'Dublin', 'Munich', 'Sydney', 'Toronto', 'Singapore', 'São Paulo'];
const CUSTOMERS = ['Contoso', 'Tailspin Toys', 'Northwind Traders', 'Wingtip', 'Lucerne', 'Proseware'];
const COMPETENCIES: readonly (readonly [string, readonly string[]])[] = [
  ['Information Worker Solutions', ['Unified Communications', 'Portals and Collaboration']],
  ['Networking Infrastructure Solutions', ['Advanced Infrastructure', 'Identity and Secure Access']],
  ['Custom Development Solutions', ['Web Development', 'Application Lifecycle Management']],
  ['Business Intelligence', ['Performance Management', 'Data Warehousing']],
  ['Security Solutions', ['Network Security', 'Information Protection']],
];
const CERTIFICATIONS = ['MCITP', 'MCTS', 'MCSE', 'MCSD', 'MCDBA', 'MCPD'];
const REFERENCE_STATUSES = ['accepted', 'accepted', 'accepted', 'requested', 'draft', 'declined'] as const;

/** mulberry32: a small, fast, seeded PRNG with a good spread for test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = ReturnType<typeof prng>;

const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, 0, items.length - 1)] as T;
const chance = (random: Random, p: number) => random() < p;

/** A date uniformly between `from` and `to`, both included. */
function dateBetween(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return fromEpochDay(int(random, toEpochDay(from), toEpochDay(to)));
}

/** A document of `memberships` memberships, each with the given numbers of rows. */
export function syntheticDocument(options: SyntheticOptions): {
  format: 'partner-reenrollment';
  version: 1;
  memberships: Membership[];
} {
  const random = prng(options.seed ?? 2009);
  const memberships: Membership[] = [];
  for (let m = 0; m < options.memberships; m += 1) memberships.push(membership(random, m, options));
  return { format: 'partner-reenrollment', version: 1, memberships };
}

function membership(random: Random, index: number, options: SyntheticOptions): Membership {
  const org = `${pick(random, ORGS)} ${index + 1}`;
  const domain = `org${index + 1}.example`;
  const expiresOn = dateBetween(random, '2009-07-01', '2010-06-30');
  const competencies = competencyList(random);
  const chosenCompetency = competencies[0] as Competency;
  const chosen = {
    competencyId: chosenCompetency.id,
    specialization: chosenCompetency.specializations[0] ?? null,
  };
  const done = (p: number, on: IsoDate) => {
    const yes = chance(random, p);
    return { done: yes, on: yes ? on : null, note: null };
  };
  return {
    id: `m-${index + 1}`,
    organization: {
      name: `${org} Ltd`,
      partnerId: String(1_000_000 + index),
      location: pick(random, CITIES),
      country: 'US',
      address: `${index + 1} Main St`,
      phone: `+1 555 ${String(index % 10_000).padStart(4, '0')}`,
      website: `https://${domain}`,
    },
    level: pick(random, ['certified', 'gold'] as const),
    targetLevel: 'gold',
    enrollment: { startedOn: addDays(addMonths(expiresOn, -12), 1), expiresOn },
    renewingSubscriber: chance(random, 0.5),
    contacts: {
      primaryProgramContact: {
        name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
        email: `admin@${domain}`,
      },
      preparer: {
        name: `${pick(random, FIRST)} ${pick(random, LAST)}`,
        isGlobalProgramAdministrator: chance(random, 0.7),
      },
    },
    chosen,
    competencies,
    professionals: Array.from({ length: options.mcpsPerMembership }, (_, p) =>
      professional(random, p, competencies),
    ),
    certifiedSolutions: chance(random, 0.3)
      ? [
          {
            id: 's-1',
            name: `${org} Suite`,
            testedOn: dateBetween(random, '2008-01-01', '2009-06-30'),
            expiresOn: dateBetween(random, '2009-06-01', '2010-12-31'),
          },
        ]
      : [],
    references: Array.from({ length: options.referencesPerMembership }, (_, r) =>
      reference(random, r, competencies),
    ),
    csatSurveys: Array.from({ length: options.surveysPerMembership }, (_, v) => survey(random, v)),
    otherPoints: otherPoints(random),
    mapsAssessment: chance(random, 0.6)
      ? { scorePercent: int(random, 50, 100), takenOn: dateBetween(random, '2008-06-01', '2009-07-31') }
      : null,
    steps: {
      signIn: done(0.9, '2009-07-01'),
      profileVerified: done(0.6, '2009-07-02'),
      termsAgreed: done(0.6, '2009-07-03'),
      termsSigned: done(0.4, '2009-07-04'),
      feePaid: chance(random, 0.4)
        ? { done: true, on: '2009-07-05', note: null, amount: 1500, currency: 'USD' }
        : { done: false, on: null, note: null, amount: null, currency: null },
    },
  };
}

function competencyList(random: Random): Competency[] {
  const count = int(random, 2, COMPETENCIES.length);
  return COMPETENCIES.slice(0, count).map(([name, specializations], c) => ({
    id: `c-${c + 1}`,
    name,
    // The first is always attained well before 2009 so the chosen competency is real.
    attainedOn:
      c === 0
        ? dateBetween(random, '2006-01-01', '2008-12-31')
        : chance(random, 0.7)
          ? dateBetween(random, '2006-01-01', '2009-12-31')
          : null,
    specializations: [...specializations],
    otherRequirementsMet: chance(random, 0.8),
  }));
}

function professional(random: Random, index: number, competencies: readonly Competency[]): Professional {
  const linked = chance(random, 0.7) ? (competencies[0] as Competency) : pick(random, competencies);
  return {
    id: `p-${index + 1}`,
    name: `${pick(random, FIRST)} ${pick(random, LAST)} ${index + 1}`,
    mcpId: String(7_000_000 + index),
    associated: chance(random, 0.9),
    links: chance(random, 0.85)
      ? [{ competencyId: linked.id, specialization: linked.specializations[0] as string }]
      : [],
    certifications: Array.from({ length: int(random, 1, 3) }, () => certification(random)),
  };
}

function certification(random: Random): Certification {
  const earnedOn = dateBetween(random, '2004-01-01', '2009-07-31');
  return {
    name: pick(random, CERTIFICATIONS),
    earnedOn,
    expiresOn: chance(random, 0.5) ? dateBetween(random, '2009-01-01', '2011-12-31') : null,
    newerExamRequiredBy: chance(random, 0.3) ? dateBetween(random, '2009-06-01', '2010-12-31') : null,
  };
}

function reference(random: Random, index: number, competencies: readonly Competency[]): Reference {
  const status = pick(random, REFERENCE_STATUSES);
  const requestedOn = dateBetween(random, '2008-06-01', '2009-07-31');
  const competency = chance(random, 0.8) ? (competencies[0] as Competency) : pick(random, competencies);
  const assigned = chance(random, 0.9);
  return {
    id: `r-${index + 1}`,
    customer: `${pick(random, CUSTOMERS)} ${index + 1}`,
    status,
    requestedOn,
    acceptedOn: status === 'accepted' ? addDays(requestedOn, int(random, 3, 40)) : null,
    expiresOn: status === 'accepted' ? dateBetween(random, '2009-06-01', '2010-12-31') : null,
    competencyId: assigned ? competency.id : null,
    specialization: assigned ? (competency.specializations[0] as string) : null,
  };
}

function survey(random: Random, index: number): CsatSurvey {
  const customers = int(random, 2, 6);
  return {
    id: `v-${index + 1}`,
    participatedOn: dateBetween(random, '2008-06-01', '2009-08-15'),
    responses: Array.from({ length: customers }, (_, c) => ({
      customer: CUSTOMERS[c % CUSTOMERS.length] as string,
      count: int(random, 0, 9),
    })),
  };
}

function otherPoints(random: Random): OtherPoints[] {
  return Array.from({ length: int(random, 0, 4) }, (_, o) => ({
    id: `o-${o + 1}`,
    description: pick(random, ['Customer reference bonus', 'Partner Solution Profiler', 'Demo Showcase']),
    points: pick(random, [5, 10, 15, 20]),
    earnedOn: chance(random, 0.8) ? dateBetween(random, '2008-06-01', '2009-09-30') : null,
  }));
}
