/**
 * Key phrases of a job posting, with wooorm's retext-keywords (made for exactly this, on the retext stack the review
 * already uses): it tags parts of speech with retext-pos and ranks noun phrases by how often their stems recur.
 */
import { toString } from 'nlcst-to-string';
import { retext } from 'retext';
import retextKeywords from 'retext-keywords';
import retextPos from 'retext-pos';

const processor = retext().use(retextPos).use(retextKeywords, { maximum: 12 });

/** Words that recur in every posting and say nothing about this job. */
const BOILERPLATE = new Set(['experience', 'team', 'role', 'work', 'company', 'years', 'job', 'candidate', 'you', 'we', 'us', 'position', 'opportunity', 'ability', 'skills']);

/** Up to `limit` phrases, most telling first, each once (case aside), without the words every posting has. */
export function postingKeywords(text: string, limit = 10): string[] {
  if (!text.trim()) return [];
  const file = processor.processSync(text);
  const phrases = (file.data.keyphrases ?? []).map((phrase) => toString(phrase.matches[0]?.nodes ?? []));
  const words = (file.data.keywords ?? []).map((keyword) => toString(keyword.matches[0]?.node ?? { type: 'TextNode', value: '' }));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const candidate of [...phrases, ...words]) {
    const phrase = candidate.replace(/\s+/g, ' ').trim();
    const key = phrase.toLocaleLowerCase();
    if (phrase.length < 2 || phrase.length > 60 || seen.has(key) || BOILERPLATE.has(key)) continue;
    // A word already inside a kept phrase adds nothing ("pipelines" after "data pipelines").
    if (out.some((kept) => kept.toLocaleLowerCase().split(' ').includes(key))) continue;
    seen.add(key);
    out.push(phrase);
    if (out.length === limit) break;
  }
  return out;
}
