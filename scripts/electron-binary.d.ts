export function electronBinary(env?: NodeJS.ProcessEnv): string | null;
export function installedElectronVersion(env?: NodeJS.ProcessEnv): string | null;
export function packagedElectronVersion(): string;
export const electronInstallScript: string;
