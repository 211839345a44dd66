import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { isDesktop } from './lib/api.ts';
import { startMenuCommands } from './lib/menu-commands.ts';
import { startReminders } from './lib/reminders.ts';
import { startShellRequests } from './lib/shell-requests.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

// Before the first paint, so a dark theme never flashes light.
applyTheme(storedTheme());

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');

const app = mount(App, { target });
// The desktop app's tray watches the due list itself, with notifications that open the note when clicked, and keeps
// doing so while the window is closed; the page only notifies in browser mode.
if (isDesktop) startShellRequests();
else startReminders();
startMenuCommands();

export default app;
