import iconv from 'iconv-lite';
import libmime from 'libmime';
import { supersetCharset, withSupersetCharsets } from './charset-supersets.js';

/** One header as the message carries it: 8-bit bytes decoded, unfolded, encoded words still encoded. */
export interface RawHeader {
  name: string;
  /** Lower-case name, for look-ups. */
  key: string;
  /** For parsers that need the encoded form, e.g. address lists (a decoded name may contain commas). */
  encoded: string;
  /** What a person reads. */
  value: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Header bytes outside ASCII are meant to be UTF-8 (RFC 6532); older clients write them in the
 * message's charset instead, so that is the fallback, then windows-1252, which decodes any byte.
 */
function decodeHeaderBytes(line: string, fallbackCharset: string | null): string {
  if (!/[\x80-\xff]/.test(line)) return line;
  const bytes = Buffer.from(line, 'latin1');
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const charset = fallbackCharset ? libmime.normalizeCharset(supersetCharset(fallbackCharset)) : 'windows-1252';
    return iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : iconv.decode(bytes, 'windows-1252');
  }
}

/** RFC 2047 encoded words decoded, with superset charsets; a value that cannot be decoded stays as it is. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return libmime.decodeWords(withSupersetCharsets(value));
  } catch {
    return value;
  }
}

/** A raw header line (`Name: value` with folding, bytes as latin1 characters) as a {@link RawHeader}. */
export function readHeaderLine(line: string, fallbackCharset: string | null): RawHeader {
  const text = decodeHeaderBytes(line, fallbackCharset);
  const colon = text.indexOf(':');
  const name = (colon >= 0 ? text.slice(0, colon) : text).trim();
  const encoded = (colon >= 0 ? text.slice(colon + 1) : '').replace(/\r?\n(?=[ \t])/g, '').replace(/[\r\n]+/g, ' ').trim();
  return { name, key: name.toLowerCase(), encoded, value: decodeEncodedWords(encoded).trim() };
}
