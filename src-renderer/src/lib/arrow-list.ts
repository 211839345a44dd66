/**
 * Arrow keys in a list of rows: Up and Down move to the previous or next row's first link or button, Home and End
 * to the first and last; Enter then opens it as a click would (links and buttons do that themselves). Tab still
 * walks every control, so nothing is reachable only this way.
 */
const ROW_TARGET = 'a[href], button:not([disabled])';

export function arrowList(list: HTMLElement): { destroy(): void } {
  function keydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const target = event.target as HTMLElement;
    // Inside a field or a menu of a row, the arrows belong to it.
    if (target.closest('input, textarea, select, [contenteditable="true"], [role="menu"], [role="listbox"], [role="tablist"]')) return;
    const rows = [...list.children].filter((row): row is HTMLElement => row instanceof HTMLElement && row.querySelector(ROW_TARGET) !== null);
    if (rows.length === 0) return;
    const current = rows.findIndex((row) => row.contains(target));
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : event.key === 'ArrowDown' ? Math.min(rows.length - 1, current + 1) : Math.max(0, current - 1);
    event.preventDefault();
    rows[next]?.querySelector<HTMLElement>(ROW_TARGET)?.focus();
  }
  list.addEventListener('keydown', keydown);
  return { destroy: () => list.removeEventListener('keydown', keydown) };
}
