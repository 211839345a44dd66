/**
 * A depth-first walk over a syntax tree, in document order. The review plugins run on every keystroke and only
 * need "each node of this type"; unist-util-visit's ancestor bookkeeping cost more than the checks themselves.
 */
import type { Node, Parent } from 'unist';

/** Calls `visitor` for each node of `type`; the walk does not go inside a node of that type. */
export function eachOfType<T extends Node>(tree: Node, type: T['type'], visitor: (node: T) => void): void {
  if (tree.type === type) {
    visitor(tree as T);
    return;
  }
  if ('children' in tree && Array.isArray(tree.children)) for (const child of (tree as Parent).children) eachOfType(child, type, visitor);
}
