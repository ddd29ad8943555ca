import libmime from 'libmime';
import type { IconvConstructor } from 'mailparser';

// Chinese mail clients label text GB2312 or GBK but write GB18030: an emoji or a rare character
// in a name is a four-byte GB18030 sequence, which a GBK decoder turns into "�9�6". GB18030
// decodes every GB2312 and GBK byte sequence the same way, so the superset is always safe.
const SUPERSET = new Map<string, string>([
  ...['gb2312', 'gb_2312', 'gb_2312-80', 'csgb2312', 'csiso58gb231280', 'chinese', 'iso-ir-58', 'gbk', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'x-euc-cn'].map(
    (name): [string, string] => [name, 'gb18030'],
  ),
  ['x-mac-roman', 'macintosh'],
]);

/** The charset to decode with: a declared charset, or the superset its senders actually write. */
export function supersetCharset(declared: string): string {
  const name = declared.trim().replace(/^["']|["']$/g, '').toLowerCase();
  return SUPERSET.get(name) ?? declared;
}

/** Rewrites the charset of every RFC 2047 encoded word (`=?gb2312?B?…?=`) to its superset. */
export function withSupersetCharsets(headerValue: string): string {
  if (!headerValue.includes('=?')) return headerValue;
  return headerValue.replace(/=\?([^?*\s]{1,40})((?:\*[^?\s]{0,20})?\?[BbQq]\?)/g, (_all, charset: string, rest: string) => `=?${supersetCharset(charset)}${rest}`);
}

/**
 * Body decoder for mailparser's `Iconv` option (mailparser calls it as `new Iconv(from, 'UTF-8')`):
 * libmime's own decoder, which also knows the Japanese charsets, fed the superset charset.
 * A plain function, because a constructor may only return an object of its own class in TypeScript.
 */
export const SupersetCharsetDecoder = function decodeFrom(fromCharset: string) {
  return libmime.createDecodeStream(supersetCharset(fromCharset));
} as unknown as IconvConstructor;
