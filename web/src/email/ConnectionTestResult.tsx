import { useTranslation } from 'react-i18next';
import type { ConnectionCheck, MailboxTest } from './api';

/** Whether the IMAP server offered IDLE (push), when the check says; null when it does not. */
export function idleOf(check: ConnectionCheck): boolean | null {
  const idle = check.details?.idle;
  return typeof idle === 'boolean' ? idle : null;
}

/** The two sides of a connection test: connected or not, in the server's words, and IDLE for IMAP. */
export function ConnectionTestResult({ result }: { result: MailboxTest }) {
  const { t } = useTranslation('email');
  return (
    <dl className="mbx-checks">
      {(['imap', 'smtp'] as const).map((side) => {
        const check = result[side];
        const idle = side === 'imap' && check ? idleOf(check) : null;
        return (
          <div key={side} className="mbx-check" data-testid={`test-${side}`}>
            <dt>{t(`testResult.${side}`)}</dt>
            <dd>
              {check === null ? (
                <span className="muted">{t('testResult.notConfigured')}</span>
              ) : (
                <>
                  <span className={check.ok ? 'chip mbx-ok' : 'chip mbx-fail'}>
                    <span aria-hidden="true">{check.ok ? '✓ ' : '✕ '}</span>
                    {check.ok ? t('testResult.ok') : t('testResult.failed')}
                  </span>{' '}
                  <span className="mbx-check-message">{check.message}</span>
                  {idle !== null && <span className="muted small"> · {idle ? t('testResult.idleYes') : t('testResult.idleNo')}</span>}
                </>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
