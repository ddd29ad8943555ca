import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeartbeat, useMyPresence, useSetPresence } from './api';
import { PRESENCES, type Presence } from './types';
import './routing.css';

/** How often the open app tells the server the agent is still there (presence times out after 10 min). */
export const HEARTBEAT_MS = 60_000;

export function PresenceDot({ presence }: { presence: Presence }) {
  return <span className={`presence-dot presence-${presence}`} aria-hidden="true" />;
}

/**
 * The agent's own presence: online (receives routed tickets), away, offline. While the tab is
 * visible and the agent is not offline, a heartbeat each minute keeps the presence from timing
 * out; the server's answer is shown, so a presence that timed out to away reads "away" here
 * until the agent switches back.
 */
export function PresenceSwitch() {
  const { t } = useTranslation('routing');
  const id = useId();
  const me = useMyPresence();
  const setPresence = useSetPresence();
  const heartbeat = useHeartbeat();
  const presence: Presence = me.data?.presence ?? 'offline';
  const { mutate: beat } = heartbeat;

  useEffect(() => {
    if (!me.data || presence === 'offline') return;
    const tick = () => {
      if (document.visibilityState === 'visible') beat();
    };
    const timer = setInterval(tick, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [me.data, presence, beat]);

  if (me.isError) return null;
  return (
    <label className="presence-switch" htmlFor={id} title={t('presence.hint')} data-testid="presence-switch">
      <PresenceDot presence={presence} />
      <span className="visually-hidden">{t('presence.label')}</span>
      <select id={id} value={presence} disabled={!me.data || setPresence.isPending} onChange={(e) => setPresence.mutate(e.target.value as Presence)}>
        {PRESENCES.map((p) => (
          <option key={p} value={p}>
            {t(`presence.${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
