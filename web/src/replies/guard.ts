/**
 * What the send button may do, given the guard's verdict and who is sending; and reading the
 * verdict out of a refused send. Pure: the server decides, this only mirrors it so Send is not
 * offered when it would be refused.
 */
import { ApiError } from '../api/client';
import { hasRole } from '../app/roles';
import { openVariables } from './highlight';
import type { CheckResult, Finding, Hole } from './types';

export type SendBlock = 'empty' | 'holes' | 'blocking' | 'untranslated' | null;

export interface SendState {
  /** Plain Send is allowed. */
  canSend: boolean;
  /** Why not, when not. */
  blockedBy: SendBlock;
  /** Blocking findings only, and the sender may override them (lead and above). */
  canOverride: boolean;
}

export interface SendStateInput {
  text: string;
  /** What the agent wrote in their own language, checked too. */
  original?: string | undefined;
  /** The guard's last verdict, if any (possibly for a slightly older text). */
  verdict: CheckResult | null | undefined;
  /** The verdict is for `text` as it is now. */
  fresh?: boolean;
  role: string;
  /** Writing in their own language, the agent changed the text after translating it. */
  translationStale?: boolean;
}

/** Holes the check named plus the `{{variables}}` visible in the text right now (the check may lag behind typing). */
export function holesNow(text: string, verdict: CheckResult | null | undefined): Hole[] {
  const holes = [...(verdict?.holes ?? [])].filter((hole) => hole.text && text.includes(hole.text));
  for (const name of openVariables(text)) {
    if (!holes.some((hole) => hole.kind === 'variable' && hole.text.includes(name))) {
      const token = text.match(new RegExp(`\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`))?.[0] ?? `{{${name}}}`;
      holes.push({ kind: 'variable', text: token, index: text.indexOf(token) });
    }
  }
  return holes;
}

/**
 * The findings that still apply. A verdict for the text as it is counts whole. One for a text the
 * agent has since changed (the check lags behind typing) keeps only findings whose excerpt is still
 * in the reply or the agent's original (a masked card number is not: it comes back with the next check).
 */
export function findingsNow(text: string, original: string | undefined, verdict: CheckResult | null | undefined, fresh: boolean): Finding[] {
  const findings = verdict?.findings ?? [];
  if (fresh) return findings;
  return findings.filter((f) => !f.excerpt || text.includes(f.excerpt) || (original?.includes(f.excerpt) ?? false));
}

/** Leads, supervisors and admins may send over blocking findings, with a reason. */
export const mayOverride = (role: string) => hasRole(role, 'lead');

export function sendState({ text, original, verdict, fresh = false, role, translationStale = false }: SendStateInput): SendState {
  if (!text.trim()) return { canSend: false, blockedBy: 'empty', canOverride: false };
  if (holesNow(text, verdict).length > 0) return { canSend: false, blockedBy: 'holes', canOverride: false };
  if (translationStale) return { canSend: false, blockedBy: 'untranslated', canOverride: false };
  if (findingsNow(text, original, verdict, fresh).some((f) => f.severity === 'block')) {
    return { canSend: false, blockedBy: 'blocking', canOverride: mayOverride(role) };
  }
  return { canSend: true, blockedBy: null, canOverride: false };
}

/** The holes and findings a refused send (422) named; null for any other error. */
export function verdictFromError(error: unknown): CheckResult | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const details = error.details as { holes?: unknown; findings?: unknown } | undefined;
  if (!details || (!Array.isArray(details.holes) && !Array.isArray(details.findings))) return null;
  const holes = (Array.isArray(details.holes) ? details.holes : []) as Hole[];
  const findings = (Array.isArray(details.findings) ? details.findings : []) as Finding[];
  return { holes, findings, blocking: findings.some((f) => f.severity === 'block') };
}

/** Blocking findings first, then warnings; each kept in text order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? a.index - b.index : a.severity === 'block' ? -1 : 1));
}

/**
 * A translated message is used only when every {{param}} it names was given; otherwise the
 * server's own message (in English) says it better than a sentence with a hole.
 */
export function complete(translated: string): boolean {
  return !/\{\{\s*\w+\s*\}\}/.test(translated);
}

/** The messages in an error's details, whatever their shape: `[{message, path|line, part?}]`, `{errors}`, `{issues}`. */
export function detailMessages(details: unknown): { message: string; where: string | null; part?: string }[] {
  const list = Array.isArray(details)
    ? details
    : details && typeof details === 'object'
      ? ((details as { errors?: unknown; issues?: unknown }).errors ?? (details as { issues?: unknown }).issues)
      : null;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (typeof item === 'string') return [{ message: item, where: null }];
    if (!item || typeof item !== 'object') return [];
    const { message, path, line, part } = item as { message?: unknown; path?: unknown; line?: unknown; part?: unknown };
    if (typeof message !== 'string') return [];
    const where = typeof line === 'number' ? String(line) : Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : null;
    return [{ message, where: where || null, ...(typeof part === 'string' ? { part } : {}) }];
  });
}

/** The `options=` list after toggling one option. */
export function toggleOption(selected: readonly string[], key: string, on: boolean): string[] {
  const without = selected.filter((k) => k !== key);
  return on ? [...without, key] : without;
}
