/** The app's version, from package.json, readable without Electron. */
import packageJson from '../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
