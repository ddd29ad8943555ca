/**
 * A routing decision's reasons (`routing.assigned` → data.reasons, as src/modules/routing/agent-choice.ts
 * writes them) as translatable pieces. The server also sends an English sentence; it is shown only
 * when a reason is one this app does not know or lacks the value it needs. Pure.
 */

export type ReasonKey =
  | 'language'
  | 'vip'
  | 'skill_intent'
  | 'skill_market'
  | 'skill_brand'
  | 'skill_channel'
  | 'on_shift'
  | 'online_no_shift'
  | 'load'
  | 'round_robin';
export interface ReasonPiece {
  key: ReasonKey;
  params: Record<string, string | number>;
}

const BUCKETS = ['chat', 'email', 'marketplace', 'other'] as const;
const SKILLS = ['intent', 'market', 'brand', 'channel'] as const;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const count = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function routingReasons(reasons: unknown): ReasonPiece[] | null {
  if (!Array.isArray(reasons) || reasons.length === 0) return null;
  const pieces: ReasonPiece[] = [];
  for (const raw of reasons) {
    if (!raw || typeof raw !== 'object') return null;
    const r = raw as Record<string, unknown>;
    switch (r.code) {
      case 'language': {
        const language = text(r.language);
        if (!language) return null;
        pieces.push({ key: 'language', params: { language, proficiency: count(r.proficiency) ?? '?' } });
        break;
      }
      case 'load': {
        const open = count(r.open);
        const capacity = count(r.capacity);
        const bucket = BUCKETS.find((b) => b === r.bucket) ?? 'other';
        if (open === null || capacity === null) return null;
        pieces.push({ key: 'load', params: { open, capacity, bucket } });
        break;
      }
      case 'skill': {
        const skill = SKILLS.find((s) => s === r.skill);
        const value = text(r.value);
        if (!skill || !value) return null;
        pieces.push({ key: `skill_${skill}`, params: { value } });
        break;
      }
      case 'on_shift':
        pieces.push({ key: r.shift === false ? 'online_no_shift' : 'on_shift', params: {} });
        break;
      case 'vip':
      case 'round_robin':
        pieces.push({ key: r.code, params: {} });
        break;
      default:
        return null;
    }
  }
  return pieces;
}
