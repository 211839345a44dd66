/**
 * The card a flag shows on hover or when the cursor is on it: what is wrong and why, and the quick fixes (apply a
 * suggestion, add the word to the dictionary, ignore it here). Flags about the whole note are marked by a bar at
 * the start of a line: hovering the bar, stepping to them with F8 or picking them in the review panel shows theirs.
 * Spelling suggestions are asked for only when the card opens, so they never delay the flags.
 */
import { EditorSelection, Facet, StateField, type Extension } from '@codemirror/state';
import { EditorView, getTooltip, hoverTooltip, showTooltip, type Tooltip, type TooltipView } from '@codemirror/view';
import type { Flag } from '../../../src-shared/review/index.ts';
import { categoryLabels, flagColour, severityLabels } from './core/categories.ts';
import { flagsOf, openFlag, showFlagCard } from './core/flag-field.ts';
import { flagAt, isWide, type PlacedFlag } from './core/placed-flags.ts';

export interface FlagActions {
  suggest(word: string): Promise<string[]>;
  addWord(word: string): void;
  ignore(flag: Flag, text: string): void;
}

export const flagActions = Facet.define<FlagActions, FlagActions | null>({ combine: (values) => values[0] ?? null });

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const node = element('button', `cm-flag-action ${className}`.trim(), label);
  node.type = 'button';
  // Keep the editor's selection: a mousedown on the button would otherwise move focus and close the card.
  node.addEventListener('mousedown', (event) => event.preventDefault());
  node.addEventListener('click', onClick);
  return node;
}

/** Whether a suggestion replaces a word or rewrites a whole phrase (shown differently). */
const isRewrite = (suggestion: string) => /\s/.test(suggestion.trim());

/** Whether two flags say the same thing (a review brings new objects for the same findings). */
const sameFlag = (a: Flag, b: Flag) =>
  a === b || (a.ruleId === b.ruleId && a.message === b.message && a.actual === b.actual && a.severity === b.severity && a.category === b.category);

function cardView(view: EditorView, placed: PlacedFlag): TooltipView {
  const { flag } = placed;
  const actions = view.state.facet(flagActions);
  const text = view.state.doc.sliceString(placed.from, placed.to);
  const dom = element('div', `cm-flag-card cm-flag-card-${flag.category}`);
  dom.style.setProperty('--flag-colour', flagColour(flag.category));
  dom.setAttribute('role', 'group');
  dom.setAttribute('aria-label', `${categoryLabels[flag.category]}: ${flag.message}`);

  const header = element('div', 'cm-flag-card-header');
  header.append(element('span', 'cm-flag-card-category', categoryLabels[flag.category]));
  header.append(element('span', 'cm-flag-card-severity', severityLabels[flag.severity]));
  dom.append(header, element('p', 'cm-flag-card-message', flag.message));

  const fixes = element('div', 'cm-flag-card-fixes');
  const replaceWith = (suggestion: string) => {
    // The flag as it stands now: a review may have come back since the card opened (see cursorCard).
    const now = flagsOf(view.state);
    const current = now.find((candidate) => candidate.flag === flag) ?? now.find((candidate) => candidate.from === placed.from && sameFlag(candidate.flag, flag));
    if (!current) return;
    view.dispatch({
      changes: { from: current.from, to: current.to, insert: suggestion },
      selection: { anchor: current.from + suggestion.length },
      userEvent: 'input.complete',
    });
    view.focus();
  };
  const showSuggestions = (suggestions: readonly string[]) => {
    for (const suggestion of suggestions) {
      fixes.append(
        isRewrite(suggestion)
          ? button(`Use: “${suggestion}”`, () => replaceWith(suggestion), 'cm-flag-rewrite')
          : button(suggestion, () => replaceWith(suggestion), 'cm-flag-suggestion'),
      );
    }
  };

  let pending: HTMLElement | null = null;
  if (flag.suggestions.length > 0 || flag.category !== 'spelling' || !actions) {
    showSuggestions(flag.suggestions);
  } else {
    pending = element('span', 'cm-flag-card-pending', 'Looking for suggestions…');
    fixes.append(pending);
    const word = flag.actual ?? text;
    void actions.suggest(word).then((suggestions) => {
      pending?.remove();
      if (suggestions.length === 0) fixes.prepend(element('span', 'cm-flag-card-pending', 'No suggestions.'));
      else showSuggestions(suggestions);
      flag.suggestions = suggestions;
    });
  }

  const more = element('div', 'cm-flag-card-more');
  if (actions && flag.category === 'spelling') {
    const word = flag.actual ?? text;
    more.append(button(`Add “${word}” to dictionary`, () => (actions.addWord(word), view.focus())));
  }
  if (actions) {
    more.append(
      button('Ignore here', () => {
        actions.ignore(flag, text);
        view.focus();
      }),
    );
  }
  dom.append(fixes, more);

  dom.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      view.dispatch({ effects: showFlagCard.of(false) });
      view.focus();
    }
  });
  return { dom };
}

function tooltipFor(placed: PlacedFlag): Omit<Tooltip, 'create'> {
  return { pos: placed.from, end: isWide(placed) ? placed.from : placed.to, above: false, arrow: false };
}

/**
 * The card of the flag under the cursor (keyboard users reach it with F8 or the arrows). The same tooltip object is
 * kept while the same flag stays open, so the card is not rebuilt (and its suggestions not asked for again). A
 * review that comes back while the card is open brings new flag objects: the one that says the same thing about
 * the same text is the same flag, and its card stays, with the keyboard focus a user may have moved into it.
 */
const cursorCard = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    const placed = openFlag(tr.state);
    if (!placed) return null;
    const shown = tooltip && cardFlags.get(tooltip);
    if (tooltip && shown && tooltip.pos === placed.from && shown.to === placed.to && sameFlag(shown.flag, placed.flag)) return tooltip;
    const created: Tooltip = { ...tooltipFor(placed), create: (view) => cardView(view, placed) };
    cardFlags.set(created, { flag: placed.flag, to: placed.to });
    return created;
  },
  provide: (field) => showTooltip.from(field),
});

const cardFlags = new WeakMap<Tooltip, { flag: Flag; to: number }>();

/**
 * The whole-note flags marked by the bar at the left of the line holding `pos`: the mouse is on the bar when it is
 * left of the first character of one of the line's rows (a long paragraph wraps onto several).
 */
function wideFlagsOnBar(view: EditorView, pos: number, side: -1 | 1): PlacedFlag[] {
  const line = view.state.doc.lineAt(pos);
  if (side > 0) return [];
  const rowStart = pos === line.from || view.moveToLineBoundary(EditorSelection.cursor(pos, 1), false, true).head === pos;
  if (!rowStart) return [];
  return flagsOf(view.state).filter((candidate) => isWide(candidate) && view.state.doc.lineAt(candidate.from).from === line.from);
}

/** The card of the flag under the mouse (or the cards of the bar's flags), unless the cursor's card shows it. */
const hoverCard = hoverTooltip(
  (view, pos, side) => {
    const open = openFlag(view.state)?.flag;
    const onBar = wideFlagsOnBar(view, pos, side).filter((candidate) => candidate.flag !== open);
    if (onBar.length > 0) {
      // At the bar, even when the flag itself starts further along the line (a note too long from its 201st word).
      return {
        pos,
        above: false,
        arrow: false,
        create: () => {
          const cards = onBar.map((placed) => cardView(view, placed).dom);
          if (cards.length === 1 && cards[0]) return { dom: cards[0] };
          const dom = element('div', 'cm-flag-cards');
          dom.append(...cards);
          return { dom };
        },
      };
    }
    const placed = flagAt(flagsOf(view.state).filter((candidate) => !isWide(candidate)), pos);
    if (!placed || open === placed.flag) return null;
    return { ...tooltipFor(placed), create: () => cardView(view, placed) };
  },
  { hoverTime: 250 },
);

export const flagCards: Extension = [cursorCard, hoverCard];

/** Moves keyboard focus into the open card, to reach its fixes (Ctrl+. / Cmd+.). */
export function focusFlagCard(view: EditorView): boolean {
  if (!openFlag(view.state)) {
    const placed = flagAt(flagsOf(view.state), view.state.selection.main.head);
    if (!placed) return false;
    view.dispatch({ effects: showFlagCard.of(true) });
  }
  // After the next update has drawn the card.
  requestAnimationFrame(() => {
    const tooltip = view.state.field(cursorCard, false);
    if (tooltip) getTooltip(view, tooltip)?.dom.querySelector('button')?.focus();
  });
  return true;
}
