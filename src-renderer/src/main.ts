/** The app itself: loaded by the page's first script (start.ts), which says when to start it. */
import { mount } from 'svelte';
import App from './App.svelte';
import { isDesktop } from './lib/api.ts';
import { startMenuCommands } from './lib/menu-commands.ts';
import { loadDateFormats } from './lib/time.ts';
import { startReminders } from './lib/reminders.ts';
import { startShellRequests } from './lib/shell-requests.ts';

export function startApp(): void {
  const target = document.getElementById('app');
  if (!target) throw new Error('The page has no #app element.');
  mount(App, { target });
  setTimeout(loadDateFormats, 0);
  // The desktop app's tray watches the due list itself, with notifications that open the note when clicked, and
  // keeps doing so while the window is closed; the page only notifies in browser mode.
  if (isDesktop) startShellRequests();
  else startReminders();
  startMenuCommands();
}
