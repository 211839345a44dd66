/** The tracker's methods: the board and status history, job postings, companies, insights and CSV. */
import type Database from 'better-sqlite3';
import type { Handlers } from '../../src-shared/api/contract.ts';
import { exportCsv, importCsv } from '../csv/index.ts';
import { getBoard } from '../journal/board.ts';
import { createCompany, deleteCompany, getCompanyDetail, listCompanies, updateCompany } from '../journal/companies.ts';
import { computeInsights } from '../journal/insights.ts';
import { getPosting, savePosting } from '../journal/postings.ts';
import { moveApplication, statusHistory, undoMove } from '../journal/status-history.ts';
import type { Platform } from '../platform/platform.ts';

export type TrackerMethod = `board.${string}` | `postings.${string}` | `companies.${string}` | `insights.${string}` | `csv.${string}`;
export type TrackerHandlers = Pick<Handlers, Extract<keyof Handlers, TrackerMethod>>;

export function trackerHandlers(current: () => Database.Database, platform: Platform, clock: () => number): TrackerHandlers {
  const at = (iso: string | undefined) => (iso === undefined ? clock() : Date.parse(iso));
  return {
    'board.get': (input) => getBoard(current(), input ?? {}, at(input?.now)),
    'board.move': ({ id, status, at: changedAt }) => moveApplication(current(), id, status, changedAt, clock()),
    'board.undoMove': ({ id, changeId }) => undoMove(current(), id, changeId, clock()),
    'board.history': ({ applicationId }) => statusHistory(current(), applicationId),

    'postings.get': ({ applicationId }) => getPosting(current(), applicationId),
    'postings.save': (input) => savePosting(current(), input, clock()),

    'companies.list': (input) => listCompanies(current(), input?.text ?? ''),
    'companies.get': ({ id }) => getCompanyDetail(current(), id),
    'companies.create': (input) => createCompany(current(), input, clock()),
    'companies.update': (input) => updateCompany(current(), input, clock()),
    'companies.delete': ({ id }) => deleteCompany(current(), id),

    'insights.get': (input) => computeInsights(current(), at(input?.now)),

    'csv.importApplications': (input) => importCsv(current(), input, clock()),
    'csv.export': async ({ kind, save }) => {
      const result = exportCsv(current(), kind, clock());
      if (save) {
        const saved = await platform.saveFile({ defaultName: result.fileName, content: result.text, filters: [{ name: 'CSV', extensions: ['csv'] }] });
        if (saved !== undefined) result.savedTo = saved;
      }
      return result;
    },
  };
}
