export function electronVersion(env?: NodeJS.ProcessEnv): string;
export function electronBindingPath(version?: string, platform?: string, arch?: string): string;
export function prepareNative(options?: { quiet?: boolean; force?: boolean; version?: string }): string;
