import type { Break, Nodes, Root, Text } from 'mdast';

/**
 * A remark plugin: a line break the person typed stays a line break (Markdown alone would
 * join the lines). A blank line still starts a new paragraph.
 */
export function lineBreaks() {
  return (tree: Root): void => {
    keepBreaks(tree);
  };
}

function keepBreaks(node: Nodes): void {
  if (!('children' in node)) return;
  const children: Nodes[] = node.children;
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index];
    if (child?.type === 'text' && child.value.includes('\n')) children.splice(index, 1, ...splitAtNewlines(child.value));
    else if (child) keepBreaks(child);
  }
}

function splitAtNewlines(value: string): (Text | Break)[] {
  const pieces: (Text | Break)[] = [];
  value.split('\n').forEach((line, index) => {
    if (index > 0) pieces.push({ type: 'break' });
    if (line.length > 0) pieces.push({ type: 'text', value: line });
  });
  return pieces;
}
