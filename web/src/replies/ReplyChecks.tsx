import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { complete, sortFindings, type SendState } from './guard';
import { markReply, openVariables, type Piece } from './highlight';
import type { Finding, Hole } from './types';
import './replies.css';

/** The reply with what must be filled in marked (a textarea cannot highlight); shown only when there is something to mark. */
export function MarkedPreview({ text, holes, language, direction }: { text: string; holes: Hole[]; language: string | undefined; direction: 'ltr' | 'rtl' }) {
  const { t } = useTranslation('replies');
  const labelId = useId();
  const pieces = markReply(text, holes);
  if (!pieces.some((p) => p.mark)) return null;
  return (
    <div className="rep-preview-wrap">
      <span className="small muted" id={labelId}>
        {t('preview.label')}
      </span>
      <div className="rep-preview" role="region" aria-labelledby={labelId} lang={language} dir={direction} data-testid="reply-preview">
        <Marked pieces={pieces} />
      </div>
    </div>
  );
}

export function Marked({ pieces }: { pieces: Piece[] }) {
  const { t } = useTranslation('replies');
  return (
    <>
      {pieces.map((piece, i) =>
        piece.mark ? (
          <mark key={i} className={`rep-mark rep-mark-${piece.mark}`} title={piece.mark === 'variable' ? t('preview.variable') : t('preview.placeholder')}>
            {piece.text}
          </mark>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** The variables still open, as chips; a click selects it in the reply box so the agent can type over it. */
export function VariableChips({ text, holes, onSelect }: { text: string; holes: Hole[]; onSelect: (token: string) => void }) {
  const { t } = useTranslation('replies');
  const names = openVariables(text);
  const placeholders = [...new Set(holes.filter((h) => h.kind === 'placeholder').map((h) => h.text))];
  if (names.length === 0 && placeholders.length === 0) return null;
  return (
    <div className="rep-chips" data-testid="open-variables">
      <span className="small rep-chips-label">{t('variables.title')}</span>
      <ul aria-label={t('variables.title')}>
        {names.map((name) => (
          <li key={`v-${name}`}>
            <button type="button" className="chip rep-chip rep-chip-variable" onClick={() => onSelect(name)} aria-label={t('variables.select', { name })} data-variable={name}>
              {`{{${name}}}`}
            </button>
          </li>
        ))}
        {placeholders.map((text) => (
          <li key={`p-${text}`}>
            <button type="button" className="chip rep-chip rep-chip-placeholder" onClick={() => onSelect(text)} aria-label={t('variables.select', { name: text })}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One finding in the agent's language (by its rule, with its params), or the server's words. */
export function useFindingMessage() {
  const { t, i18n } = useTranslation(['replies', 'admin']);
  return (finding: Finding): string => {
    const path = `guard.rules.${finding.rule}`;
    // Only a sentence of ours (a rule an admin added, or a group like "promise", has none).
    const known = [i18n.language, 'en'].some((lng) => typeof i18n.getResource(lng, 'replies', path) === 'string');
    if (!known) return finding.message;
    const params: Record<string, string | number> = { ...(finding.params ?? {}) };
    // A marketplace id reads as its name ("amazon" → "Amazon").
    if (typeof params.marketplace === 'string') params.marketplace = t(`admin:brands.kinds.${params.marketplace}` as 'admin:brands.kinds.amazon', { defaultValue: params.marketplace });
    const translated = t(path as 'guard.rules.card_number', params);
    return complete(translated) ? translated : finding.message;
  };
}

/** The server wants a reason of at least this many characters. */
const MIN_REASON = 3;

interface GuardPanelProps {
  holes: Hole[];
  findings: Finding[];
  checking: boolean;
  state: SendState;
  error: unknown;
  override: { reason: string; setReason: (reason: string) => void; send: () => void; pending: boolean } | null;
}

/** Next to Send: what would stop the reply (holes, blocking findings), the warnings, and the lead's override. */
export function GuardPanel({ holes, findings, checking, state, override, error }: GuardPanelProps) {
  const { t } = useTranslation('replies');
  const message = useFindingMessage();
  const reasonId = useId();
  const sorted = sortFindings(findings);
  const reasonOk = (override?.reason.trim().length ?? 0) >= MIN_REASON;
  const nothing = holes.length === 0 && sorted.length === 0;
  return (
    <div className="rep-guard" data-testid="guard" aria-live="polite" data-checking={checking || undefined}>
      {holes.length > 0 && (
        <p className="rep-guard-holes" data-testid="guard-holes">
          <strong>{t('guard.holes')}</strong> {[...new Set(holes.map((h) => h.text))].join(t('suggest.listSeparator'))}
        </p>
      )}
      {sorted.length > 0 && (
        <ul className="rep-findings" aria-label={t('guard.findings')}>
          {sorted.map((finding, i) => (
            <li key={`${finding.rule}-${finding.index}-${i}`} className={`rep-finding rep-finding-${finding.severity}`} data-testid="guard-finding" data-rule={finding.rule} data-severity={finding.severity}>
              <span className={`chip rep-sev rep-sev-${finding.severity}`}>{t(`guard.severity.${finding.severity}`)}</span> <span>{message(finding)}</span>
              {finding.excerpt && (
                <q className="rep-excerpt small" lang={finding.language || undefined}>
                  {finding.excerpt}
                </q>
              )}
            </li>
          ))}
        </ul>
      )}
      {state.blockedBy === 'blocking' && !state.canOverride && (
        <p className="rep-guard-needs small" data-testid="needs-override">
          {t('guard.needsOverride')}
        </p>
      )}
      {state.blockedBy === 'untranslated' && <p className="rep-guard-needs small">{t('translate.stale')}</p>}
      {override && state.canOverride && (
        <div className="rep-override" data-testid="override">
          <label htmlFor={reasonId} className="small">
            {t('guard.reason')}
          </label>
          <input
            id={reasonId}
            type="text"
            required
            minLength={MIN_REASON}
            maxLength={1000}
            value={override.reason}
            onChange={(e) => override.setReason(e.target.value)}
            onKeyDown={(e) => {
              // Enter here means "override and send", not the form's plain Send.
              if (e.key === 'Enter') {
                e.preventDefault();
                if (reasonOk && !override.pending) override.send();
              }
            }}
            aria-describedby={`${reasonId}-hint`}
            data-testid="override-reason"
          />
          <span id={`${reasonId}-hint`} className="visually-hidden">
            {t('guard.reasonHint')}
          </span>
          <button type="button" className="button button-danger" disabled={!reasonOk || override.pending} onClick={override.send} data-testid="override-send">
            {t('guard.override')}
          </button>
        </div>
      )}
      {nothing && checking && <span className="muted small">{t('guard.checking')}</span>}
      {error ? <span className="muted small">{t('guard.unavailable')}</span> : null}
    </div>
  );
}
