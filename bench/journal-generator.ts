/**
 * A realistic journal for the journal bench, the same every time (fixed seed): years of applications, most of
 * them closed or long quiet, about fifty active ones with interviews in the last days, interviewers per company,
 * recruiters shared across applications, most notes sent. Names and notes draw on a varied vocabulary with a
 * long tail of rare words and some non-ASCII. Written with direct SQL in one transaction, then the due list is
 * planned with `rebuildDue`, as an import does.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase, rebuildDue } from '../src-main/journal/index.ts';

export const REFERENCE_NOW = Date.parse('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface GeneratorOptions {
  applications: number;
  interviews: number;
  followUps: number;
  /** Applications still active with an interview in the last days. */
  recentActive: number;
  seed: number;
}

export const FULL_SIZE: GeneratorOptions = { applications: 10_000, interviews: 40_000, followUps: 100_000, recentActive: 50, seed: 20_261_120 };

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    /** Skewed towards the start of the list, like word frequencies: a few words everywhere, a long tail of rare ones. */
    zipf: <T>(items: readonly T[], skew = 3): T => items[Math.floor(items.length * next() ** skew)]!,
  };
}

const FIRST = ['Ana', 'Bo', 'Chiara', 'Dmitri', 'Elif', 'François', 'Grace', 'Hiroshi', 'Ingrid', 'José', 'Kwame', 'Łukasz', 'Maya', 'Nadia', 'Oğuz', 'Priya', 'Quentin', 'Rania', 'Søren', 'Tomás', 'Uma', 'Valentina', 'Wei', 'Xavier', 'Yusuf', 'Zoë', 'Aoife', 'Björn', 'Camille', 'Dana', 'Emeka', 'Farah', 'Gökhan', 'Hana', 'Iñigo', 'Jana', 'Kai', 'Leilani', 'Mateus', 'Noor', 'Olu', 'Pål', 'Renée', 'Sven', 'Thandiwe', 'Ulrich', 'Vera', 'Wiktoria', 'Yara', 'Zeynep', 'Юлия', '李娜', 'محمد'];
const LAST = ['Ruiz', 'Chen', 'Okafor', 'Müller', 'Nakamura', 'Kowalski', 'Haddad', 'García', 'Lindqvist', 'Ó Briain', 'Novak', 'Mensah', 'Patel', 'Rossi', 'Dubois', 'Yılmaz', 'Andersen', 'Kim', 'Silva', 'Nguyen', 'Fischer', 'Abebe', 'Jansen', 'Moreau', 'Ivanova', 'Sato', 'Walsh', 'Costa', 'Schäfer', 'Eriksson', 'Popescu', 'Horvat', 'Dlamini', 'Park', 'Ahmed', 'Bianchi', 'Keller', 'Laurent', 'Mørk', 'Østergaard'];
const COMPANY_PARTS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Aperture', 'Wonka', 'Gringotts', 'Zürich', 'Nordisk', 'Kraków', 'Malmö', 'Lumen', 'Vertex', 'Quanta', 'Helix', 'Nimbus', 'Orbit', 'Pioneer', 'Summit', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Falcon', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lattice', 'Meridian', 'Nova', 'Onyx', 'Prism', 'Quartz', 'Raven', 'Sable', 'Tundra', 'Umber', 'Vireo', 'Willow', 'Xenon', 'Yonder', 'Zephyr', 'Café'];
const COMPANY_KINDS = ['Labs', 'Systems', 'Analytics', 'Health', 'Energy', 'Logistics', 'Bank', 'Software', 'Robotics', 'Media', 'Insurance', 'Foods', 'Mobility', 'AG', 'GmbH', 'AB', 'SA', 'Group', 'Studio', 'Works'];
const ROLES = ['Data engineer', 'Backend engineer', 'Platform engineer', 'Site reliability engineer', 'Frontend developer', 'Engineering manager', 'Product analyst', 'Machine learning engineer', 'Security engineer', 'Staff engineer', 'Solutions architect', 'QA engineer', 'Mobile developer', 'Database administrator', 'Technical writer'];
const TITLES = ['Staff engineer', 'Engineering manager', 'Senior engineer', 'Director of engineering', 'CTO', 'Team lead', 'Principal engineer', 'Product manager', 'Head of data', 'VP engineering', 'Tech lead', 'Designer'];
const TOPICS = ['migrating nightly batch jobs to streaming', 'on-call rotation', 'billing system migration', 'schema design for events', 'incident review culture', 'cost of the data warehouse', 'mentoring junior engineers', 'API versioning', 'feature flags', 'observability and dashboards', 'hiring plans for next year', 'monolith to services', 'test flakiness', 'release cadence', 'privacy reviews', 'GDPR requests', 'search relevance', 'caching strategy', 'Kafka consumer lag', 'Postgres upgrades', 'mobile offline sync', 'accessibility audits', 'résumé screening tooling', 'Zürich office move'];
const DOMAIN = ['thank', 'you', 'conversation', 'team', 'role', 'interview', 'enjoyed', 'learning', 'about', 'project', 'migration', 'streaming', 'pipeline', 'experience', 'dashboard', 'customers', 'latency', 'schema', 'rollout', 'incident', 'design', 'review', 'mentoring', 'roadmap', 'platform', 'database', 'deployment', 'testing', 'rotation', 'metrics', 'quarter', 'budget', 'contract', 'timeline', 'feedback', 'offer', 'follow', 'next', 'steps', 'excited', 'opportunity', 'questions', 'whiteboard', 'exercise', 'architecture', 'queues', 'caching', 'billing', 'invoices', 'warehouse', 'analytics', 'privacy', 'security', 'audit', 'kubernetes', 'terraform', 'python', 'typescript', 'rust', 'golang', 'postgres', 'kafka', 'spark', 'airflow', 'café', 'naïve', 'façade', 'déjà', 'São', 'Paulo', 'Kraków', 'Zürich', 'Malmö', 'coöperation', 'über', 'piñata', 'fiancée', 'résumé'];
const SKIP_REASONS = ['The interview went badly; no note wanted.', 'Already thanked them in person.', 'They asked candidates not to send notes.', 'Position was withdrawn the same day.'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'bra', 'cle', 'dri', 'fro', 'gla', 'pho', 'qua', 'stri', 'thu', 'wen', 'yal', 'xor', 'jun', 'plex', 'morn', 'vik', 'dell', 'ast', 'ion', 'ure', 'ent'];

/** Common words first, then thousands of rarer made-up ones (product names, jargon, surnames). */
function vocabulary(rng: ReturnType<typeof random>): string[] {
  const words = new Set(DOMAIN);
  while (words.size < 100_000) {
    let word = '';
    for (let n = rng.int(2, 5); n > 0; n--) word += rng.pick(SYLLABLES);
    words.add(word);
  }
  return [...words];
}

export interface GeneratedJournal {
  path: string;
  counts: { applications: number; interviews: number; followUps: number; people: number };
  /** Inputs for the measured calls, taken from the generated data. */
  samples: {
    commonWord: string;
    /** A word in most notes, longer than the search index's prefixes. */
    commonLongWord: string;
    rareWord: string;
    twoWords: string;
    companyFragment: string;
    companyName: string;
  };
  generateMs: number;
}

export function generateJournal(dir: string, options: GeneratorOptions = FULL_SIZE): GeneratedJournal {
  const started = performance.now();
  const rng = random(options.seed);
  const words = vocabulary(rng);
  const sentence = (min: number, max: number) => {
    const parts: string[] = [];
    for (let n = rng.int(min, max); n > 0; n--) parts.push(rng.zipf(words, 5));
    return parts.join(' ');
  };
  const iso = (time: number) => new Date(Math.round(time / 1000) * 1000).toISOString();
  const path = join(dir, 'journal.sqlite3');
  const db = openDatabase(path);

  const ins = {
    person: db.prepare(`INSERT INTO people (id, name, title, company, email, phone, is_recruiter, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    application: db.prepare(
      `INSERT INTO applications (id, company, role, job_url, source, status, applied_on, status_changed_at, recruiter_id, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    interview: db.prepare(
      `INSERT INTO interviews (id, application_id, round, format, starts_at, ends_at, time_zone, location, next_step, next_step_by, notes, topics, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    link: db.prepare('INSERT INTO interview_people (interview_id, person_id, position) VALUES (?, ?, ?)'),
    followUp: db.prepare(
      `INSERT INTO followups (id, application_id, interview_id, recipient_id, kind, channel, subject, body, status, skip_reason, due_key, due_at, sent_at, reply_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };

  let personId = 0;
  let interviewId = 0;
  let followUpId = 0;
  const companies = Array.from({ length: 2_500 }, (_, i) => `${COMPANY_PARTS[i % COMPANY_PARTS.length]} ${COMPANY_KINDS[Math.floor(i / COMPANY_PARTS.length) % COMPANY_KINDS.length]}${i >= 1_040 ? ` ${rng.pick(words)}` : ''}`);
  const staff = new Map<string, number[]>();
  const zones = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Zurich'];

  const newPerson = (company: string, recruiter: boolean, at: number) => {
    const first = rng.pick(FIRST);
    const last = rng.pick(LAST);
    personId++;
    const email = rng.chance(0.6) ? `${first}.${last}@example.com`.normalize('NFD').replace(/[^\x21-\x7e]/g, '').toLowerCase() : '';
    ins.person.run(personId, `${first} ${last}`, recruiter ? 'Recruiter' : rng.pick(TITLES), company, email, '', recruiter ? 1 : 0, rng.chance(0.2) ? sentence(4, 20) : '', iso(at), iso(at));
    return personId;
  };
  const staffOf = (company: string, at: number) => {
    let ids = staff.get(company);
    if (!ids) {
      ids = Array.from({ length: rng.int(3, 7) }, () => newPerson(company, false, at));
      staff.set(company, ids);
    }
    return ids;
  };

  // Interviews per application: start even, then move interviews around at random for a realistic spread.
  const interviewCount = new Array<number>(options.applications).fill(Math.floor(options.interviews / options.applications));
  for (let extra = options.interviews - interviewCount.reduce((a, b) => a + b, 0); extra > 0; extra--) interviewCount[rng.int(0, options.applications - 1)]!++;
  for (let moves = options.interviews; moves > 0; moves--) {
    const from = rng.int(0, options.applications - 1);
    if (interviewCount[from]! > 0) {
      interviewCount[from]!--;
      interviewCount[rng.int(0, options.applications - 1)]!++;
    }
  }
  // The newest applications are the active ones with recent interviews.
  const recentFrom = options.applications - options.recentActive;
  for (let i = recentFrom; i < options.applications; i++) {
    if (interviewCount[i] === 0) {
      interviewCount[i] = 1;
      const donor = interviewCount.findIndex((n, j) => n > 1 && j < recentFrom);
      interviewCount[donor]!--;
    }
  }

  // Thank-you notes come from interviews; the rest of the follow-up budget goes to check-ins and other notes.
  const plannedThankYous = options.interviews * 2;
  const thankYouShare = Math.min(1, (options.followUps * 0.8) / plannedThankYous);
  const recruiters = Array.from({ length: 300 }, () => 0);
  const pendingOther: Array<{ app: number; after: number; interview: number | null; recruiter: number | null }> = [];

  const write = db.transaction(() => {
    // An application's row is written after its interviews (its last activity is known only then).
    db.pragma('defer_foreign_keys = ON');
    for (let r = 0; r < recruiters.length; r++) recruiters[r] = newPerson(`${rng.pick(COMPANY_PARTS)} Talent`, true, REFERENCE_NOW - 1_500 * DAY);
    for (let a = 0; a < options.applications; a++) {
      const id = a + 1;
      const recent = a >= recentFrom;
      // Older applications first: ids grow with time, like a journal kept for years.
      const createdAt = recent ? REFERENCE_NOW - rng.int(8, 40) * DAY : REFERENCE_NOW - (1_400 - (a / recentFrom) * 1_340) * DAY - rng.int(0, 20) * HOUR;
      const company = rng.zipf(companies);
      const recruiter = rng.chance(0.3) ? rng.pick(recruiters) : null;
      const status = recent ? 'active' : rng.pick(['rejected', 'rejected', 'rejected', 'rejected', 'withdrawn', 'withdrawn', 'active', 'active', 'offer'] as const);
      const n = interviewCount[a]!;
      const people = staffOf(company, createdAt);
      let last = createdAt;
      let lastInterview: number | null = null;
      const span = recent ? REFERENCE_NOW - createdAt - 2 * DAY : 50 * DAY;
      for (let k = 0; k < n; k++) {
        interviewId++;
        // Spread over the process; the last interview of an active recent application falls in the last ten days.
        const startsAt = recent && k === n - 1 ? REFERENCE_NOW - rng.int(1, 10) * DAY - rng.int(0, 8) * HOUR : createdAt + ((k + 1) / (n + 1)) * span + rng.int(0, 8) * HOUR;
        const endsAt = startsAt + rng.pick([30, 45, 60, 90, 120]) * 60_000;
        const zone = rng.pick(zones);
        const topics = Array.from({ length: rng.int(0, 3) }, () => rng.pick(TOPICS));
        ins.interview.run(
          interviewId,
          id,
          rng.pick(['screen', 'technical', 'panel', 'final', 'other']),
          rng.pick(['phone', 'video', 'on-site']),
          iso(startsAt),
          iso(endsAt),
          zone,
          rng.chance(0.5) ? `https://meet.example/${rng.pick(words)}` : '',
          rng.chance(0.4) ? `Next: ${sentence(2, 6)}` : '',
          rng.chance(0.3) ? iso(endsAt + rng.int(3, 14) * DAY).slice(0, 10) : null,
          rng.chance(0.7) ? sentence(10, 60) : '',
          JSON.stringify([...new Set(topics)]),
          iso(endsAt),
          iso(endsAt),
        );
        const interviewers = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(people)))];
        interviewers.forEach((person, position) => ins.link.run(interviewId, person, position));
        const pendingForRecent = recent && k === n - 1;
        for (const person of interviewers) {
          if (pendingForRecent ? rng.chance(0.6) : !rng.chance(thankYouShare)) continue; // the latest ones are still due
          followUpId++;
          const status = pendingForRecent ? 'draft' : rng.chance(0.9) ? 'sent' : rng.chance(0.5) ? 'skipped' : 'draft';
          const sentAt = status === 'sent' ? endsAt + rng.int(2, 30) * HOUR : null;
          ins.followUp.run(
            followUpId,
            id,
            interviewId,
            person,
            'thank-you',
            rng.chance(0.9) ? 'email' : rng.pick(['text', 'letter']),
            `Thank you — ${rng.pick(ROLES)}`,
            `Dear ${rng.pick(FIRST)}, thank you for the conversation about ${rng.pick(TOPICS)}. ${sentence(20, 70)}`,
            status,
            status === 'skipped' ? rng.pick(SKIP_REASONS) : '',
            `thank-you:i${interviewId}:p${person}`,
            iso(endsAt + 24 * HOUR),
            sentAt === null ? null : iso(sentAt),
            sentAt !== null && rng.chance(0.3) ? iso(sentAt + rng.int(1, 96) * HOUR) : null,
            iso(endsAt + HOUR),
            iso(sentAt ?? endsAt + HOUR),
          );
        }
        last = endsAt;
        lastInterview = interviewId;
        if (!recent) pendingOther.push({ app: id, after: endsAt, interview: interviewId, recruiter });
      }
      const statusChangedAt = status === 'active' ? createdAt : last + rng.int(1, 20) * DAY;
      ins.application.run(
        id,
        company,
        rng.pick(ROLES),
        rng.chance(0.5) ? `https://jobs.example/${id}` : '',
        rng.pick(['referral', 'job-board', 'recruiter', 'company-site', 'network', 'other']),
        status,
        rng.chance(0.7) ? iso(createdAt).slice(0, 10) : null,
        iso(Math.min(statusChangedAt, REFERENCE_NOW - HOUR)),
        recruiter,
        rng.chance(0.5) ? sentence(5, 40) : '',
        iso(createdAt),
        iso(Math.min(Math.max(last, statusChangedAt), REFERENCE_NOW - HOUR)),
      );
      if (lastInterview === null && !recent) pendingOther.push({ app: id, after: createdAt, interview: null, recruiter });
    }
    // Check-ins, recruiter updates, feedback requests and notes of the user's own, to the follow-up total.
    while (followUpId < options.followUps) {
      const target = rng.pick(pendingOther);
      const kind = target.recruiter !== null && rng.chance(0.4) ? 'recruiter-update' : rng.pick(['status-check', 'status-check', 'feedback-request', 'other'] as const);
      const status = rng.chance(0.85) ? 'sent' : rng.chance(0.5) ? 'skipped' : 'draft';
      const at = target.after + rng.int(1, 12) * DAY;
      followUpId++;
      ins.followUp.run(
        followUpId,
        target.app,
        kind === 'feedback-request' || kind === 'other' ? null : target.interview,
        kind === 'recruiter-update' ? target.recruiter : null,
        kind,
        kind === 'other' ? rng.pick(['phone', 'email']) : 'email',
        kind === 'status-check' ? 'Checking in on next steps' : sentence(2, 6),
        sentence(25, 90),
        status,
        status === 'skipped' ? rng.pick(SKIP_REASONS) : '',
        null,
        null,
        status === 'sent' ? iso(at) : null,
        status === 'sent' && rng.chance(0.4) ? iso(at + rng.int(1, 200) * HOUR) : null,
        iso(at - HOUR),
        iso(at),
      );
    }
  });
  write.immediate();
  // Each application's history as the app would have kept it: active from the day it was added, then its
  // present status from when that changed; and a company record per company, as the app keeps them.
  db.exec(`
    INSERT INTO status_changes (application_id, status, changed_at) SELECT id, 'active', created_at FROM applications;
    INSERT INTO status_changes (application_id, status, changed_at) SELECT id, status, status_changed_at FROM applications WHERE status <> 'active';
    INSERT INTO companies (name, created_at, updated_at)
      SELECT company, min(created_at), min(created_at) FROM applications GROUP BY company COLLATE NOCASE;
  `);
  rebuildDue(db);
  db.pragma('wal_checkpoint(TRUNCATE)');

  const counts = {
    applications: (db.prepare('SELECT count(*) AS n FROM applications').get() as { n: number }).n,
    interviews: (db.prepare('SELECT count(*) AS n FROM interviews').get() as { n: number }).n,
    followUps: (db.prepare('SELECT count(*) AS n FROM followups').get() as { n: number }).n,
    people: personId,
  };
  const samples = pickSamples(db, words, companies);
  db.close();
  return { path, counts, samples, generateMs: performance.now() - started };
}

/** A word found almost everywhere (and a longer one), one found a handful of times, two words found together, a company typed in part and in full. */
function pickSamples(db: Database.Database, words: string[], companies: string[]): GeneratedJournal['samples'] {
  const hits = (word: string) => (db.prepare(`SELECT count(*) AS n FROM search WHERE search MATCH ?`).get(`"${word}"`) as { n: number }).n;
  const rareWord = words.slice(-5_000).find((word) => {
    const n = hits(word);
    return n >= 2 && n <= 30;
  });
  if (!rareWord) throw new Error('the generated journal has no rare word');
  return { commonWord: 'thank', commonLongWord: 'conversation', rareWord, twoWords: 'migration streaming', companyFragment: 'glo', companyName: companies[600]! };
}
