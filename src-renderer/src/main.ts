import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { sharedReviewClient } from './editor/shared-review-client.ts';
import { startReminders } from './lib/reminders.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

// Before the first paint, so a dark theme never flashes light.
applyTheme(storedTheme());

// The review worker starts with the window, not with the editor: by the time a note opens (straight away, for a
// window opened onto one) its dictionary is loaded and the first review follows the text at once.
sharedReviewClient();

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');

const app = mount(App, { target });
startReminders();

export default app;
