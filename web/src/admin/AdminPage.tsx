import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { AgentsSection } from './AgentsSection';
import { BrandsSection } from './BrandsSection';
import { TeamsSection } from './TeamsSection';
import { MailboxesSection } from '../email/MailboxesSection';
import { QuarantineSection } from '../email/QuarantineSection';
import { TriageModelSection } from '../triage/TriageModelSection';
import { PolicySection } from '../replies/PolicySection';
import { TemplatesSection } from '../replies/TemplatesSection';
import { TranslationSection } from '../replies/TranslationSection';
import { CalendarsSection } from '../sla/CalendarsSection';
import { SlaPoliciesSection } from '../sla/SlaPoliciesSection';
import { RoutingSection } from '../routing/RoutingSection';
import { AgentSkillsSection } from '../routing/AgentSkillsSection';
import { AutomationSection } from '../automation/AutomationSection';
import { hasRole, type Role } from '../app/roles';
import { useSession } from '../app/session';
import './admin.css';
import { useDocumentTitle } from '../shell/useDocumentTitle';

/**
 * Workspace settings, one section per tab. A new section: add the key to SECTIONS, its label to
 * i18n/{en,zh-CN}/admin.json under sections.*, and its component to the switch below.
 */
const SECTIONS = ['agents', 'teams', 'skills', 'calendars', 'sla', 'routing', 'automation', 'brands', 'mailboxes', 'quarantine', 'triage', 'templates', 'policy', 'translation'] as const;
type Section = (typeof SECTIONS)[number];

const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);

/** Sections listed only from a role up (opened by address, they show what that role may read). */
const LISTED_FROM: Partial<Record<Section, Role>> = { policy: 'admin', translation: 'admin' };

/** The replies sections carry their labels in their own namespace. */
const REPLIES_SECTIONS = { templates: 'replies:admin.templates', policy: 'replies:admin.policy', translation: 'replies:admin.translation' } as const;

export default function AdminPage({ section }: { section: string | undefined }) {
  const { t } = useTranslation(['admin', 'common', 'replies']);
  const { session } = useSession();
  const current = section ?? 'agents';
  const listed = SECTIONS.filter((key) => {
    const from = LISTED_FROM[key];
    return !from || hasRole(session.agent.role, from) || key === current;
  });
  const label = (key: Section) => (key in REPLIES_SECTIONS ? t(REPLIES_SECTIONS[key as keyof typeof REPLIES_SECTIONS]) : t(`sections.${key as Exclude<Section, keyof typeof REPLIES_SECTIONS>}`));
  useDocumentTitle(t('title'));

  if (!isSection(current)) return <Redirect to="/admin/agents" replace />;

  return (
    <div className="adm">
      <nav className="adm-nav" aria-labelledby="admin-nav-title">
        <h1 id="admin-nav-title" className="adm-nav-title">
          {t('title')}
        </h1>
        <ul>
          {listed.map((key) => (
            <li key={key}>
              <Link href={`/admin/${key}`} className={key === current ? 'adm-tab active' : 'adm-tab'} aria-current={key === current ? 'page' : undefined}>
                {label(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="adm-main" data-testid={`admin-${current}`}>
        {current === 'agents' && <AgentsSection />}
        {current === 'teams' && <TeamsSection />}
        {current === 'skills' && <AgentSkillsSection />}
        {current === 'calendars' && <CalendarsSection />}
        {current === 'sla' && <SlaPoliciesSection />}
        {current === 'routing' && <RoutingSection />}
        {current === 'automation' && <AutomationSection />}
        {current === 'brands' && <BrandsSection />}
        {current === 'mailboxes' && <MailboxesSection />}
        {current === 'quarantine' && <QuarantineSection />}
        {current === 'triage' && <TriageModelSection />}
        {current === 'templates' && <TemplatesSection />}
        {current === 'policy' && <PolicySection />}
        {current === 'translation' && <TranslationSection />}
      </div>
    </div>
  );
}
