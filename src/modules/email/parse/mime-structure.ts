export const MAX_MIME_PARTS = 500;
export const MAX_MIME_DEPTH = 20;

const BOUNDARY_PARAM = /boundary[ \t]*=[ \t]*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;

function boundaryOf(match: RegExpExecArray): string {
  return match[1] ?? match[2] ?? '';
}

/**
 * How deep multipart containers nest. Each container declares a boundary, so a message with few
 * distinct boundaries cannot nest deeply and the line walk below runs only for suspicious ones.
 */
export function multipartDepth(raw: Buffer): number {
  const text = raw.toString('latin1');
  const declared = new Set<string>();
  for (const match of text.matchAll(BOUNDARY_PARAM)) declared.add(boundaryOf(match));
  if (declared.size <= MAX_MIME_DEPTH) return declared.size;
  return walkedDepth(text);
}

/** Follows header blocks and delimiter lines the way a MIME parser does, counting open containers. */
function walkedDepth(text: string): number {
  const open: string[] = [];
  let inHeader = true;
  let pendingBoundary: string | null = null;
  let deepest = 0;
  for (const line of text.split(/\r?\n/)) {
    if (inHeader) {
      if (line === '') {
        inHeader = false;
        if (pendingBoundary !== null) open.push(pendingBoundary);
        deepest = Math.max(deepest, open.length);
        pendingBoundary = null;
        continue;
      }
      BOUNDARY_PARAM.lastIndex = 0;
      const match = BOUNDARY_PARAM.exec(line);
      if (match && /^content-type\s*:|^[ \t]/i.test(line)) pendingBoundary = boundaryOf(match);
      continue;
    }
    if (!line.startsWith('--')) continue;
    for (let level = open.length - 1; level >= 0; level--) {
      const boundary = open[level]!;
      if (!line.startsWith(`--${boundary}`)) continue;
      const closing = line.startsWith('--', boundary.length + 2);
      open.length = closing ? level : level + 1;
      inHeader = !closing;
      break;
    }
  }
  return deepest;
}
