/**
 * Contractions typed without their apostrophe ("Im", "dont", "youre"): the apostrophe form comes first among the
 * suggestions, before any word one letter away ("Im" → "I'm", not "In"). Words that are English on their own
 * ("its", "well", "were", "ill", "shed", "wed", "id", "lets", "hell") are not listed: they are never misspelt.
 */
const forms = [
  "I'm", "I've", "I'll", "I'd", "don't", "doesn't", "didn't", "can't", "won't", "wouldn't", "couldn't", "shouldn't",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "you're", "you've",
  "you'll", "you'd", "they're", "they've", "they'll", "they'd", "we're", "we've", "we'll", "that's", "what's",
  "there's", "here's", "who's", "where's", "how's", "it'll", "that'll", "let's", "she's", "he's", "she'll",
  "he'll", "she'd", "he'd", "y'all", "ma'am", "o'clock",
];

/** The contraction for its letters in lower case: `im` → `I'm`. */
export const contractionFor = new Map(forms.map((form) => [form.replace(/'/g, '').toLowerCase(), form]));
