export { importCsv, type CsvImportRequest } from './import.ts';
export { exportCsv } from './export.ts';
export { readCsv, writeCsv } from './read.ts';
