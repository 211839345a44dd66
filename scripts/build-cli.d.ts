export const cliOutDir: string;
export function buildCli(): Promise<void>;
