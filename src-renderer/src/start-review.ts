/**
 * The page's first script, before the app's own (index.html): it starts the review worker, so the worker reads its
 * dictionary while the much larger app script is still being read, and a note's first flags follow its text at once.
 */
import { sharedReviewClient } from './editor/shared-review-client.ts';

sharedReviewClient();
