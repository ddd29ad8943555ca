import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { LiveUpdates } from '../live/LiveUpdates';
import { NotificationBell } from '../notifications/NotificationBell';
import { PresenceSwitch } from '../routing/PresenceSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { PreferencesDialog } from './PreferencesDialog';
import { SHORTCUTS, useShortcuts } from './shortcuts';
import { useModalDialog } from './useModalDialog';

/** Focuses the inbox search box; the inbox listens for this when `/` is pressed elsewhere. */
export const FOCUS_SEARCH_EVENT = 'meridian:focus-search';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, signOut, setLocale } = useSession();
  const [location, navigate] = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const [preferencesOpen, setPreferencesOpen] = useState(false);

  useShortcuts({
    '?': () => setHelpOpen((open) => !open),
    '/': () => {
      if (location !== '/') navigate('/');
      // After navigation the inbox mounts and takes the focus request.
      window.setTimeout(() => window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT)), 0);
    },
  });

  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <Link href="/" className="brand-mark">
          Meridian
        </Link>
        <nav aria-label={t('nav.label')} className="topnav">
          <Link href="/" className={location === '/' ? 'active' : ''}>
            {t('nav.inbox')}
          </Link>
          {hasRole(session.agent.role, 'lead') && (
            <Link href="/admin" className={location.startsWith('/admin') ? 'active' : ''}>
              {t('nav.admin')}
            </Link>
          )}
        </nav>
        <span className="workspace-name muted">
          {session.workspace.name}
          {session.workspace.isDemo && <span className="badge">{t('demo')}</span>}
        </span>
        <div className="topbar-end">
          <PresenceSwitch />
          <NotificationBell />
          <button type="button" className="button button-ghost" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            {t('shortcuts.title')}
          </button>
          <LanguageSwitch onChange={(locale) => void setLocale(locale)} />
          <button
            type="button"
            className="button button-ghost agent-name"
            title={`${session.agent.email} · ${session.agent.timezone}`}
            onClick={() => setPreferencesOpen(true)}
          >
            {session.agent.name}
          </button>
          <button type="button" className="button button-ghost" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <LiveUpdates />
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <PreferencesDialog open={preferencesOpen} onClose={() => setPreferencesOpen(false)} />
    </div>
  );
}

function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([key, label]) => (
            <tr key={key}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button">
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
