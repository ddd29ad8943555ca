/**
 * The content-line layer of RFC 5545 (section 3.1): unfolding, `NAME;PARAM=v:value`, TEXT escapes.
 * Lenient where real calendars are sloppy (bare LF line ends, a byte-order mark, empty lines).
 */
export interface IcsProperty {
  /** Upper-cased, e.g. `DTSTART`. */
  readonly name: string;
  /** Upper-cased parameter names to their values, quotes removed. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
  /** 1-based physical line where the property starts, for warnings. */
  readonly line: number;
}

export interface IcsLine {
  readonly line: number;
  text: string;
}

/** Splits into logical lines: a line starting with a space or tab continues the one before, minus that character. */
export function unfoldLines(text: string): IcsLine[] {
  const lines: IcsLine[] = [];
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    const last = lines.at(-1);
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.length > 0) lines.push({ line: i + 1, text: raw });
  }
  return lines;
}

const NAME = /^[A-Za-z0-9-]+/;

/** Parses `NAME *(;PARAM=value *(,value)) : value`; undefined when the line is not one. */
export function parseContentLine({ line, text }: IcsLine): IcsProperty | undefined {
  const name = NAME.exec(text)?.[0];
  if (!name) return undefined;
  const params = new Map<string, string[]>();
  let at = name.length;
  while (text[at] === ';') {
    const paramName = NAME.exec(text.slice(at + 1))?.[0];
    if (!paramName || text[at + 1 + paramName.length] !== '=') return undefined;
    at += paramName.length + 2;
    const values: string[] = [];
    for (;;) {
      if (text[at] === '"') {
        const close = text.indexOf('"', at + 1);
        if (close < 0) return undefined;
        values.push(text.slice(at + 1, close));
        at = close + 1;
      } else {
        const end = text.slice(at).search(/[;:,"]/);
        if (end < 0) return undefined;
        values.push(text.slice(at, at + end));
        at += end;
      }
      if (text[at] !== ',') break;
      at++;
    }
    params.set(paramName.toUpperCase(), values);
  }
  if (text[at] !== ':') return undefined;
  return { name: name.toUpperCase(), params, value: text.slice(at + 1), line };
}

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', ';': ';', ',': ',', n: '\n', N: '\n' };

/** Undoes TEXT escaping (`\\`, `\;`, `\,`, `\n`); an unknown escape is kept as written. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => ESCAPES[c]!);
}

/** The inverse of `unescapeText`, for writing TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\n/g, '\\n');
}
