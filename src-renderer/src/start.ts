/**
 * The page's only script (index.html), kept small so it runs at once. Before anything is drawn it takes browser
 * mode's key from the address and sets the theme, so a dark theme never flashes light. It then starts the review
 * worker, which fetches its script and opens its dictionary while the much larger app script is still being read,
 * and loads the app. Loading the app from here rather than beside this script keeps the two apart: the bundler
 * would otherwise join them, and the worker would start only once the whole app had been parsed.
 */
// The app's own stylesheet is linked from the page, so the first thing drawn already has the theme's colours.
import './app.css';
import { sharedReviewClient } from './editor/shared-review-client.ts';
import { bridgeSecret } from './lib/bridge-key.ts';
import { applyTheme, storedTheme } from './lib/theme.ts';

// Browser mode's key leaves the address now, before the app loads and before anything can change the address.
if (!window.afterword) bridgeSecret();
applyTheme(storedTheme());
sharedReviewClient();
void import('./main.ts');
