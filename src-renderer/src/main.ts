import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { startReminders } from './lib/reminders.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

// Before the first paint, so a dark theme never flashes light.
applyTheme(storedTheme());

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');

const app = mount(App, { target });
startReminders();

export default app;
