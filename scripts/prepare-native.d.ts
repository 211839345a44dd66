export function electronVersion(): string;
export function electronBindingPath(version?: string, platform?: string, arch?: string): string;
export function prepareNative(options?: { quiet?: boolean }): string;
