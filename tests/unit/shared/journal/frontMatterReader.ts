/**
 * A reader for exactly the YAML subset yamlFrontMatter.ts writes, to check the writer from
 * the other side: double-quoted scalars are read as JSON strings (the writer only uses
 * escapes the two share), anything else unquoted must be a plain word.
 */

type Value = string | number | null | string[] | Record<string, string | number | null>;

export function readScalar(text: string): string | number | null {
  if (text.startsWith('"')) return JSON.parse(text) as string;
  if (text === 'null') return null;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (!/^[^\s"'#:\-[\]{},&*!|>%@`]/u.test(text) || /: | #|\s$/u.test(text)) throw new Error(`unsafe plain scalar: ${text}`);
  return text;
}

export function readFrontMatter(markdown: string): { data: Record<string, Value>; body: string } {
  const lines = markdown.split('\n');
  if (lines[0] !== '---') throw new Error('no front matter');
  const close = lines.indexOf('---', 1);
  const data: Record<string, Value> = {};
  let key = '';
  for (const line of lines.slice(1, close)) {
    const item = /^ {2}- (.*)$/.exec(line);
    const nested = /^ {2}([A-Za-z]+): (.*)$/.exec(line);
    const top = /^([A-Za-z]+):(?: (.*))?$/.exec(line);
    if (item) {
      data[key] = [...((data[key] as string[] | null) ?? []), readScalar(item[1]!) as string];
    } else if (nested) {
      data[key] = { ...((data[key] as Record<string, string | number | null> | null) ?? {}), [nested[1]!]: readScalar(nested[2]!) };
    } else if (top) {
      key = top[1]!;
      data[key] = top[2] === undefined ? null : top[2] === '[]' ? [] : readScalar(top[2]);
    } else {
      throw new Error(`unexpected front matter line: ${JSON.stringify(line)}`);
    }
  }
  return { data, body: lines.slice(close + 1).join('\n') };
}
