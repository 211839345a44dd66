export const ROOT_MESSAGE: string;
export const SANDBOX_HELPER_ADVICE: string;
export type LaunchPlan = { ok: false; message: string } | { ok: true; advice: string | null; viteArgs: string[]; env: NodeJS.ProcessEnv };
export function planLaunch(options: {
  mode: 'dev' | 'preview';
  args: string[];
  env: NodeJS.ProcessEnv;
  electronPath: string;
  platform: NodeJS.Platform;
  uid: number | undefined;
  sandbox?: { userNamespaces: boolean; suidHelper: boolean };
}): LaunchPlan;
export function linuxSandbox(electronPath: string): { userNamespaces: boolean; suidHelper: boolean };
