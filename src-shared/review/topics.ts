/**
 * Which interview topics a draft refers to. A topic counts as referred to when at least half of its
 * meaning-bearing words appear in the draft in any inflection ("migrating the billing database" refers to the
 * topic "billing database migration").
 */
import { isMeaningBearing, tokenize, type Token } from './text/words.ts';

export interface TopicCoverage {
  topic: string;
  referred: boolean;
  /** Where the draft uses the topic's words. */
  matches: Array<{ start: number; end: number; word: string }>;
}

// Words too general to show that a note is about a particular conversation.
const generalWords = new Set(['team', 'teams', 'work', 'role', 'company', 'experience', 'interview', 'job', 'time', 'thank', 'thanks', 'people', 'thing', 'things', 'way', 'new', 'good', 'great']);

export function topicStems(topic: string): string[] {
  const words = tokenize(topic).filter((token) => isMeaningBearing(token.norm) && !generalWords.has(token.norm));
  return [...new Set(words.map((token) => token.stem))];
}

export function topicCoverage(text: string, topics: readonly string[], tokens: Token[] = tokenize(text)): TopicCoverage[] {
  return topics.map((topic) => {
    const stems = new Set(topicStems(topic));
    const matches = tokens
      .filter((token) => stems.has(token.stem))
      .map((token) => ({ start: token.start, end: token.end, word: text.slice(token.start, token.end) }));
    const found = new Set(tokens.filter((token) => stems.has(token.stem)).map((token) => token.stem));
    const needed = Math.max(1, Math.ceil(stems.size / 2));
    return { topic, referred: stems.size > 0 && found.size >= needed, matches };
  });
}
