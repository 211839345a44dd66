/**
 * Which interview topics a draft refers to. A topic counts as referred to when its meaning-bearing words appear in
 * the draft in any inflection: all of them for a topic of one or two such words ("incremental models" does not
 * refer to "churn model": one shared word is not the topic), at least half and at least two for a longer one
 * ("migrating the billing database" refers to "billing database migration").
 */
import { isMeaningBearing, tokenize, type StemIndex, type Token } from './text/words.ts';

export interface TopicCoverage {
  topic: string;
  referred: boolean;
  /** Where the draft uses the topic's words. */
  matches: Array<{ start: number; end: number; word: string }>;
}

// Words too general to show that a note is about a particular conversation.
const generalWords = new Set(['team', 'teams', 'work', 'role', 'company', 'experience', 'interview', 'job', 'time', 'thank', 'thanks', 'people', 'thing', 'things', 'way', 'new', 'good', 'great']);

const stemsOfTopic = new Map<string, readonly string[]>();

export function topicStems(topic: string): readonly string[] {
  let stems = stemsOfTopic.get(topic);
  if (!stems) {
    const words = tokenize(topic).filter((token) => isMeaningBearing(token.norm) && !generalWords.has(token.norm));
    stems = [...new Set(words.map((token) => token.stem))];
    if (stemsOfTopic.size > 1_000) stemsOfTopic.clear();
    stemsOfTopic.set(topic, stems);
  }
  return stems;
}

function isReferred(stems: ReadonlySet<string> | readonly string[], found: number): boolean {
  const size = 'size' in stems ? stems.size : stems.length;
  if (size === 0) return false;
  return size <= 2 ? found === size : found >= Math.max(2, Math.ceil(size / 2));
}

/** Whether a draft whose words have the stems `present` refers to the topic (as `topicCoverage` would say). */
export function topicReferred(topic: string, present: StemIndex): boolean {
  const stems = topicStems(topic);
  return isReferred(stems, stems.filter((stem) => present.has(stem)).length);
}

export function topicCoverage(text: string, topics: readonly string[], tokens: Token[] = tokenize(text)): TopicCoverage[] {
  return topics.map((topic) => {
    const stems = new Set(topicStems(topic));
    const matches = tokens
      .filter((token) => stems.has(token.stem))
      .map((token) => ({ start: token.start, end: token.end, word: text.slice(token.start, token.end) }));
    const found = new Set(tokens.filter((token) => stems.has(token.stem)).map((token) => token.stem));
    return { topic, referred: isReferred(stems, found.size), matches };
  });
}
