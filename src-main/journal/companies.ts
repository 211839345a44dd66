/**
 * Companies as records: a name, short names, a website. Applications and people name their company as text and
 * belong to the record whose name or one of whose aliases matches it, case aside; a new application's company gets
 * a record of its own when none matches, so the list is always complete.
 */
import type { z } from 'zod';
import type { Company, CompanyDetail, CompanySummary } from '../../src-shared/api/tracker-types.ts';
import type { ApplicationStatus } from '../../src-shared/api/journal-types.ts';
import type { companyCreate, companyUpdate } from '../../src-shared/api/tracker-schemas.ts';
import { inTransaction, invalid, isoNow, notFound, sql, type Db } from './sql.ts';

export type CompanyInput = z.output<typeof companyCreate>;
export type CompanyPatch = z.output<typeof companyUpdate>;

export interface CompanyRow {
  id: number;
  name: string;
  aliases: string;
  domain: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export const toCompany = (r: CompanyRow): Company => ({
  id: r.id,
  name: r.name,
  aliases: JSON.parse(r.aliases) as string[],
  domain: r.domain,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const fold = (name: string) => name.trim().toLocaleLowerCase();

/** Every name a company answers to, folded: its own and its aliases. */
function namesOf(company: Company): Set<string> {
  return new Set([company.name, ...company.aliases].map(fold));
}

function allCompanies(db: Db): Company[] {
  return (sql(db, 'SELECT * FROM companies ORDER BY name COLLATE NOCASE, id').all() as CompanyRow[]).map(toCompany);
}

/** The company record a name (as an application or a person spells it) belongs to, if any. */
export function findCompany(db: Db, name: string): Company | null {
  const wanted = fold(name);
  if (!wanted) return null;
  const byName = sql(db, 'SELECT * FROM companies WHERE name = ? COLLATE NOCASE').get(name.trim()) as CompanyRow | undefined;
  if (byName) return toCompany(byName);
  return allCompanies(db).find((company) => namesOf(company).has(wanted)) ?? null;
}

/** Gives a company name a record when no record answers to it yet. */
export function ensureCompany(db: Db, name: string, at: string): void {
  if (!name.trim() || findCompany(db, name)) return;
  sql(db, 'INSERT INTO companies (name, created_at, updated_at) VALUES (?, ?, ?)').run(name.trim(), at, at);
}

/** Refuses a name or alias another record already answers to: two records for one name would split its roles. */
function checkNames(db: Db, names: string[], exceptId: number | null): void {
  const others = allCompanies(db).filter((company) => company.id !== exceptId);
  for (const [index, name] of names.entries()) {
    const clash = others.find((company) => namesOf(company).has(fold(name)));
    if (clash) throw invalid(index === 0 ? 'name' : `aliases.${index - 1}`, `“${name}” is already a name of ${clash.name}.`);
  }
}

function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([fold(name)]);
  return aliases.filter((alias) => {
    const key = fold(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function createCompany(db: Db, input: CompanyInput, now: number = Date.now()): Company {
  return inTransaction(db, () => {
    const aliases = cleanAliases(input.name, input.aliases ?? []);
    checkNames(db, [input.name, ...aliases], null);
    const at = isoNow(now);
    const row = sql(db, 'INSERT INTO companies (name, aliases, domain, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING *').get(
      input.name,
      JSON.stringify(aliases),
      input.domain ?? '',
      input.notes ?? '',
      at,
      at,
    ) as CompanyRow;
    return toCompany(row);
  });
}

export function getCompany(db: Db, id: number): Company {
  const row = sql(db, 'SELECT * FROM companies WHERE id = ?').get(id) as CompanyRow | undefined;
  if (!row) throw notFound('company');
  return toCompany(row);
}

export function updateCompany(db: Db, patch: CompanyPatch, now: number = Date.now()): Company {
  return inTransaction(db, () => {
    const current = getCompany(db, patch.id);
    const name = patch.name ?? current.name;
    const aliases = cleanAliases(name, patch.aliases ?? current.aliases);
    checkNames(db, [name, ...aliases], current.id);
    const row = sql(db, 'UPDATE companies SET name = ?, aliases = ?, domain = ?, notes = ?, updated_at = ? WHERE id = ? RETURNING *').get(
      name,
      JSON.stringify(aliases),
      patch.domain ?? current.domain,
      patch.notes ?? current.notes,
      isoNow(now),
      patch.id,
    ) as CompanyRow;
    return toCompany(row);
  });
}

/** Removes the record only; the applications and people naming the company keep their text. */
export function deleteCompany(db: Db, id: number): { id: number } {
  return inTransaction(db, () => {
    getCompany(db, id);
    sql(db, 'DELETE FROM companies WHERE id = ?').run(id);
    return { id };
  });
}

/** Counts applications and people per company by the names each answers to, in one pass over each table. */
export function listCompanies(db: Db, text = ''): CompanySummary[] {
  const companies = allCompanies(db);
  const owner = new Map<string, number>();
  for (const company of companies) for (const name of namesOf(company)) if (!owner.has(name)) owner.set(name, company.id);
  const count = (table: 'applications' | 'people') => {
    const counts = new Map<number, number>();
    for (const row of sql(db, `SELECT company, count(*) AS n FROM ${table} WHERE company <> '' GROUP BY company`).all() as { company: string; n: number }[]) {
      const id = owner.get(fold(row.company));
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + row.n);
    }
    return counts;
  };
  const applications = count('applications');
  const people = count('people');
  const wanted = fold(text);
  return companies
    .filter((company) => !wanted || [...namesOf(company)].some((name) => name.includes(wanted)))
    .map((company) => ({ ...company, applicationCount: applications.get(company.id) ?? 0, peopleCount: people.get(company.id) ?? 0 }));
}

export function getCompanyDetail(db: Db, id: number): CompanyDetail {
  const company = getCompany(db, id);
  // Matched here rather than in SQL: SQLite's lower() folds ASCII only, and "ZÜRICH" must find "Zürich".
  const names = namesOf(company);
  const ours = (value: string) => names.has(fold(value));
  const applications = (
    sql(db, 'SELECT id, company, role, status, applied_on FROM applications ORDER BY coalesce(applied_on, substr(created_at, 1, 10)) DESC, id DESC').all() as {
      id: number;
      company: string;
      role: string;
      status: string;
      applied_on: string | null;
    }[]
  )
    .filter((r) => ours(r.company))
    .map((r) => ({ id: r.id, role: r.role, status: r.status as ApplicationStatus, appliedOn: r.applied_on }));
  const people = (
    sql(db, `SELECT id, name, title, company, is_recruiter FROM people WHERE company <> '' ORDER BY name COLLATE NOCASE`).all() as {
      id: number;
      name: string;
      title: string;
      company: string;
      is_recruiter: number;
    }[]
  )
    .filter((r) => ours(r.company))
    .map((r) => ({ id: r.id, name: r.name, title: r.title, isRecruiter: r.is_recruiter === 1 }));
  return { company, applications, people };
}

/** The short names the review should accept for a company, as the application spells it. */
export function aliasesOf(db: Db, name: string): string[] {
  const company = findCompany(db, name);
  if (!company) return [];
  return [company.name, ...company.aliases].filter((alias) => fold(alias) !== fold(name));
}
