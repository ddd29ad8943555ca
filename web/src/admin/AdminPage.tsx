import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { AgentsSection } from './AgentsSection';
import { BrandsSection } from './BrandsSection';
import { TeamsSection } from './TeamsSection';
import { MailboxesSection } from '../email/MailboxesSection';
import { QuarantineSection } from '../email/QuarantineSection';
import { TriageModelSection } from '../triage/TriageModelSection';
import './admin.css';
import { useDocumentTitle } from '../shell/useDocumentTitle';

/**
 * Workspace settings, one section per tab. Later issues add sections here (mailboxes and channels,
 * reply templates, SLA policies, business hours): add the key to SECTIONS, its label to
 * i18n/{en,zh-CN}/admin.json under sections.*, and its component to the switch below.
 */
const SECTIONS = ['agents', 'teams', 'brands', 'mailboxes', 'quarantine', 'triage'] as const;
type Section = (typeof SECTIONS)[number];

const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);

export default function AdminPage({ section }: { section: string | undefined }) {
  const { t } = useTranslation(['admin', 'common']);
  const current = section ?? 'agents';
  useDocumentTitle(t('title'));

  if (!isSection(current)) return <Redirect to="/admin/agents" replace />;

  return (
    <div className="adm">
      <nav className="adm-nav" aria-labelledby="admin-nav-title">
        <h1 id="admin-nav-title" className="adm-nav-title">
          {t('title')}
        </h1>
        <ul>
          {SECTIONS.map((key) => (
            <li key={key}>
              <Link href={`/admin/${key}`} className={key === current ? 'adm-tab active' : 'adm-tab'} aria-current={key === current ? 'page' : undefined}>
                {t(`sections.${key}`)}
              </Link>
            </li>
          ))}
          {/* Later: templates, SLA policies — see the comment on SECTIONS. */}
        </ul>
      </nav>
      <div className="adm-main" data-testid={`admin-${current}`}>
        {current === 'agents' && <AgentsSection />}
        {current === 'teams' && <TeamsSection />}
        {current === 'brands' && <BrandsSection />}
        {current === 'mailboxes' && <MailboxesSection />}
        {current === 'quarantine' && <QuarantineSection />}
        {current === 'triage' && <TriageModelSection />}
      </div>
    </div>
  );
}
