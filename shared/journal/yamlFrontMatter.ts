/**
 * Just enough YAML for front matter: strings, integers, null, lists of strings and one level
 * of nested mapping. A string is written plain only when no YAML reader could take it for
 * anything else; otherwise it is double-quoted with JSON-compatible escapes (a YAML
 * double-quoted scalar accepts every JSON string escape), so colons, quotes, a leading #,
 * newlines, emoji and right-to-left text all come back exactly as written.
 */

export type YamlScalar = string | number | null;
export type YamlValue = YamlScalar | readonly string[] | { readonly [key: string]: YamlScalar };

// Letter first (so never a number, date or indicator), then only letters, marks, digits and
// a few quiet punctuation marks; no ": " or " #", never ending in a space.
const plainSafe = /^\p{L}[\p{L}\p{M}\p{N} _.'-]*$/u;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// Words YAML 1.1 readers turn into booleans or null.
const reserved = /^(y|yes|n|no|true|false|on|off|null)$/i;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Control characters, the line and paragraph separators YAML 1.1 breaks lines at, the BOM and non-characters.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const mustEscape = /[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
const shortEscapes: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Lone surrogates cannot be written as UTF-8; they become U+FFFD (the JSON export keeps them as they are). */
export function toWellFormed(text: string): string {
  return text.replace(loneSurrogate, '\ufffd');
}

export function yamlString(value: string): string {
  if ((plainSafe.test(value) && !reserved.test(value) && !value.endsWith(' ')) || isoInstant.test(value)) return value;
  const escaped = toWellFormed(value).replace(mustEscape, (char) => shortEscapes[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

export function yamlScalar(value: YamlScalar): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Front matter holds finite numbers only.');
    return String(value);
  }
  return yamlString(value);
}

const isList = (value: YamlValue): value is readonly string[] => Array.isArray(value);

/** `---`, one line per key (lists and mappings indented under it), `---`. Keys are the caller's plain identifiers. */
export function frontMatter(fields: Readonly<Record<string, YamlValue>>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (isList(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`));
    } else if (value !== null && typeof value === 'object') {
      lines.push(`${key}:`, ...Object.entries(value).map(([inner, scalar]) => `  ${inner}: ${yamlScalar(scalar)}`));
    } else {
      lines.push(`${key}: ${yamlScalar(value)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}
