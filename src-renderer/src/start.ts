/**
 * The page's only script (index.html), kept small so it runs at once. Before anything is drawn it takes browser
 * mode's key from the address and sets the theme, so a dark theme never flashes light. Then, while the much larger
 * app script is still being read, it asks the journal what the app's first screen needs (whether it opened; the
 * note a window opens on, reviewed as soon as it arrives), starts the review worker and has it open the journal's
 * English (a British journal never opens, or waits for, the US dictionary; one whose settings cannot be read leaves
 * the choice to the first note's context). Last, it loads the app. Loading the app from here rather than beside
 * this script keeps the two apart: the bundler would otherwise join them, and none of this would start before the
 * whole app had been parsed.
 */
// The app's own stylesheet is linked from the page, so the first thing drawn already has the theme's colours.
import './app.css';
import { journalDialect } from '../../src-shared/review/dialects.ts';
import { askEarly } from './editor/note-loader.ts';
import { sharedReviewClient } from './editor/shared-review-client.ts';
import { api } from './lib/api.ts';
import { askAppInfoEarly } from './lib/app-info.ts';
import { bridgeSecret } from './lib/bridge-key.ts';
import { parseRoute } from './lib/route.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

// Browser mode's key leaves the address now, before the app loads and before anything can change the address.
if (!window.afterword) bridgeSecret();
applyTheme(storedTheme());
askAppInfoEarly();
const route = parseRoute(location.hash);
if (route.name === 'followup') askEarly(Number(route.params[0]));
const review = sharedReviewClient();
void api.settings.get().then((settings) => settings.ok && review.open(journalDialect(settings.value)));
void import('./main.ts');
