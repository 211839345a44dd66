export { openDatabase, LATEST_SCHEMA_VERSION, type OpenOptions } from './open.ts';
export { migrations, type Migration } from './migrations.ts';
