import type { ApplicationSource } from '../../../src-shared/api/journal-types.ts';

/** What the board shows: any part of a company's name, one source, and a range of days applied. */
export interface Filters {
  company: string;
  source: ApplicationSource | '';
  from: string;
  to: string;
}

export const noFilters = (): Filters => ({ company: '', source: '', from: '', to: '' });

export const isFiltered = (filters: Filters): boolean => filters.company !== '' || filters.source !== '' || filters.from !== '' || filters.to !== '';
