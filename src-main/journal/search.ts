/**
 * Full-text search over the journal (SQLite FTS5). The index is kept by triggers (migration 2), so every write
 * through any path is searchable at once. A row's rowid is `id * 4 + kind`.
 */
import type { InterviewRound, SearchHit, SearchHitKind, SearchResult, SnippetPart } from '../../src-shared/api/journal-types.ts';
import { sql, type Db } from './sql.ts';

const KINDS: SearchHitKind[] = ['application', 'interview', 'person', 'followup'];
const MARK_START = '\u0002';
const MARK_END = '\u0003';

const ROUND_NAMES: Record<InterviewRound, string> = {
  screen: 'Screening call',
  technical: 'Technical interview',
  panel: 'Panel interview',
  final: 'Final interview',
  other: 'Interview',
};

const KIND_NAMES: Record<string, string> = {
  'thank-you': 'Thank-you note',
  'status-check': 'Status check-in',
  'feedback-request': 'Feedback request',
  'recruiter-update': 'Recruiter update',
  other: 'Note',
};

/**
 * Turns what the user typed into an FTS5 query: words only, each quoted (so quotes, `OR`, `NEAR` or SQL typed in
 * the box are just text), all required, the last one as a prefix so results appear while typing.
 */
export function ftsQuery(text: string, options: { prefix?: boolean } = {}): string | null {
  const words = typedWords(text);
  if (words.length === 0) return null;
  return words
    .map((w, i, all) => `"${w}"${i === all.length - 1 && options.prefix !== false && isPrefixWord(w) ? '*' : ''}`)
    .join(' ');
}

/** The words searched for in what was typed: at most twelve. */
function typedWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, 12);
}

/**
 * A single letter is not searched as a prefix: "t" would stand for a large part of the journal's words, and the
 * index has no one-letter prefixes to answer that from, so it is matched as a word of its own until a second
 * letter comes.
 */
function isPrefixWord(word: string): boolean {
  return [...word].length > 1;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (piece) parts.push({ text: piece, match: false });
      continue;
    }
    const end = piece.indexOf(MARK_END);
    const hit = end < 0 ? piece : piece.slice(0, end);
    const rest = end < 0 ? '' : piece.slice(end + 1);
    if (hit) parts.push({ text: hit, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function describe(db: Db, kind: SearchHitKind, id: number): { title: string; applicationId: number | null } | null {
  switch (kind) {
    case 'application': {
      const r = sql(db, 'SELECT company, role FROM applications WHERE id = ?').get(id) as { company: string; role: string } | undefined;
      return r ? { title: r.role ? `${r.company} — ${r.role}` : r.company, applicationId: id } : null;
    }
    case 'interview': {
      const r = sql(db, 'SELECT i.application_id, i.round, a.company FROM interviews i JOIN applications a ON a.id = i.application_id WHERE i.id = ?').get(id) as
        | { application_id: number; round: InterviewRound; company: string }
        | undefined;
      return r ? { title: `${ROUND_NAMES[r.round]} at ${r.company}`, applicationId: r.application_id } : null;
    }
    case 'person': {
      const r = sql(db, 'SELECT name, title, company FROM people WHERE id = ?').get(id) as { name: string; title: string; company: string } | undefined;
      if (!r) return null;
      const about = [r.title, r.company].filter(Boolean).join(', ');
      return { title: about ? `${r.name} (${about})` : r.name, applicationId: null };
    }
    case 'followup': {
      const r = sql(
        db,
        `SELECT f.application_id, f.kind, f.subject, a.company, p.name AS recipient
         FROM followups f JOIN applications a ON a.id = f.application_id LEFT JOIN people p ON p.id = f.recipient_id WHERE f.id = ?`,
      ).get(id) as { application_id: number; kind: string; subject: string; company: string; recipient: string | null } | undefined;
      if (!r) return null;
      const label = `${KIND_NAMES[r.kind] ?? 'Note'}${r.recipient ? ` to ${r.recipient}` : ''} (${r.company})`;
      return { title: r.subject ? `${r.subject} — ${label}` : label, applicationId: r.application_id };
    }
  }
}

/** Above this many matches, ranking them all costs more than a keystroke allows. */
export const BROAD_SEARCH = 2_000;

/** The longest prefix the index holds (migration 2 indexes prefixes of 2, 3, 4 and 5 characters). */
export const LONGEST_INDEXED_PREFIX = 5;

/**
 * Best matches first: a word in a title (company, role, name, topics, subject) weighs more than one in notes.
 * Ranking scores every match, so a word found in most of the journal ("engineer") is answered with its newest
 * matches instead, cheaply, and flagged `broad`.
 */
export function searchJournal(db: Db, text: string, limit = 20): SearchResult {
  const prefixed = ftsQuery(text);
  if (!prefixed) return { items: [], broad: false };
  const whole = ftsQuery(text, { prefix: false })!;
  const count = (query: string) => (sql(db, `SELECT count(*) AS n FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ${BROAD_SEARCH + 1})`).get(query) as { n: number }).n;
  // A prefix the index holds is read lazily, like a word. A longer one makes FTS5 gather every matching word's
  // whole list of rows before it can answer, which for a word in most notes ("conversation") takes milliseconds
  // per query. The words as typed are read lazily, so they are counted first: if they alone are broad, so is the
  // prefix, and the newest of their matches answer without the prefix being expanded at all.
  const broadAsTyped = whole !== prefixed && [...(typedWords(text).at(-1) ?? '')].length > LONGEST_INDEXED_PREFIX && count(whole) > BROAD_SEARCH;
  const broad = broadAsTyped || count(prefixed) > BROAD_SEARCH;
  const query = broadAsTyped ? whole : prefixed;
  const order = broad ? 'rowid DESC' : 'bm25(search, 4.0, 1.0)';
  const rows = sql(
    db,
    `SELECT rowid, snippet(search, -1, char(2), char(3), '…', 12) AS snippet
     FROM search WHERE search MATCH ? ORDER BY ${order} LIMIT ?`,
  ).all(query, limit) as { rowid: number; snippet: string }[];
  const items: SearchHit[] = [];
  for (const row of rows) {
    const kind = KINDS[row.rowid % 4]!;
    const id = Math.floor(row.rowid / 4);
    const about = describe(db, kind, id);
    if (about) items.push({ kind, id, applicationId: about.applicationId, title: about.title, snippet: snippetParts(row.snippet) });
  }
  return { items, broad };
}
