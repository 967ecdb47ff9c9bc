import type { Nodes, Paragraph, Root, Text } from 'mdast';

/** Containers whose children are blocks; anywhere else, HTML sits inside a line of text. */
const blockContainers: ReadonlySet<string> = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A remark plugin: HTML written in an entry is shown as the characters the person typed.
 * It never becomes markup (nothing here parses it), and a block of it reads as a paragraph.
 */
export function htmlAsText() {
  return (tree: Root): void => {
    replaceHtml(tree);
  };
}

function replaceHtml(node: Nodes): void {
  if (!('children' in node)) return;
  const inBlocks = blockContainers.has(node.type);
  const children: Nodes[] = node.children;
  children.forEach((child, index) => {
    if (child.type !== 'html') {
      replaceHtml(child);
      return;
    }
    const text: Text = { type: 'text', value: child.value, position: child.position };
    const paragraph: Paragraph = { type: 'paragraph', children: [text], position: child.position };
    children[index] = inBlocks ? paragraph : text;
  });
}
