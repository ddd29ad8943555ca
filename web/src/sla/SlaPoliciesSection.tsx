import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameOf, useBrands } from '../api/lookups';
import { AdminListCard } from '../admin/AdminListCard';
import { hasRole } from '../app/roles';
import { useSession } from '../app/session';
import { FormDialog } from '../shell/FormDialog';
import { EmptyState, InlineError } from '../shell/states';
import { useDeletePolicy, usePolicies, useReorderPolicies, useSavePolicy } from './api';
import { OffHoursCard } from './OffHoursCard';
import { PolicyDialog } from './PolicyDialog';
import { moved, TARGET_KEYS, targetParts } from './policy-form';
import type { PolicyConditions, PolicyView, SlaTarget } from './types';
import './sla.css';

type Editing = { mode: 'create' } | { mode: 'edit'; policy: PolicyView } | null;

/** "30 min business", "24 h calendar" in the agent's language. */
export function useTargetText() {
  const { t } = useTranslation('sla');
  return (target: SlaTarget) => {
    const { value, unit } = targetParts(target.seconds);
    return t(target.businessTime ? 'target.business' : 'target.calendar', { amount: t(`units.${unit}`, { count: value }) });
  };
}

/** Admin → SLA policies: the first enabled policy whose conditions match applies (a contract policy runs beside it). */
export function SlaPoliciesSection() {
  const { t } = useTranslation(['sla', 'admin', 'common']);
  const { session } = useSession();
  const policies = usePolicies();
  const brands = useBrands();
  const reorder = useReorderPolicies();
  const toggle = useSavePolicy();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<PolicyView | null>(null);
  const canEdit = hasRole(session.agent.role, 'admin');
  const targetText = useTargetText();
  const ids = policies.data?.map((p) => p.id) ?? [];

  const conditionText = (conditions: PolicyConditions): string => {
    const parts: string[] = [];
    const list = (values: string[] | undefined, label: (v: string) => string) => values && values.length > 0 && parts.push(values.map(label).join(t('listOr')));
    list(conditions.priorities, (v) => v);
    list(conditions.channels, (v) => t(`common:channel.${v}` as 'common:channel.email', { defaultValue: v }));
    list(conditions.marketplaces, (v) => t(`admin:brands.kinds.${v}` as 'admin:brands.kinds.amazon', { defaultValue: v }));
    list(conditions.brandIds, (v) => nameOf(brands.data, v) ?? v);
    list(conditions.customerTiers, (v) => t(`tiers.${v}` as 'tiers.vip', { defaultValue: v }));
    list(conditions.intents, (v) => t(`common:intents.${v}` as 'common:intents.other', { defaultValue: v }));
    list(conditions.tags, (v) => `#${v}`);
    return parts.length > 0 ? parts.join(' · ') : t('policies.allTickets');
  };

  return (
    <div className="adm-section-body">
      <AdminListCard
        id="sla-policies-title"
        title={t('policies.title')}
        add={canEdit ? { label: t('policies.add'), onClick: () => setEditing({ mode: 'create' }) } : undefined}
        note={
          <>
            <p className="muted small adm-readonly">{canEdit ? t('policies.explain') : t('admin:readOnly.admin')}</p>
            <InlineError error={reorder.error ?? toggle.error} />
          </>
        }
        list={policies}
        skeleton={{ rows: 4, columns: canEdit ? 6 : 4 }}
        head={
          <>
            {canEdit && <th scope="col" className="adm-col-count">{t('policies.columns.order')}</th>}
            <th scope="col" className="adm-col-name">{t('policies.columns.name')}</th>
            <th scope="col">{t('policies.columns.conditions')}</th>
            <th scope="col" className="adm-col-brand">{t('policies.columns.targets')}</th>
            <th scope="col" className="adm-col-state">{t('policies.columns.enabled')}</th>
          </>
        }
        actions={canEdit ? { className: 'adm-col-actions-2', label: t('admin:actions') } : undefined}
        rows={(items) =>
          items.map((policy, index) => (
            <tr key={policy.id} data-testid="sla-policy-row" className={policy.enabled ? undefined : 'adm-inactive'}>
              {canEdit && (
                <td className="sla-order">
                  <button type="button" className="icon-button" disabled={index === 0 || reorder.isPending} aria-label={t('policies.moveUp', { name: policy.name })} onClick={() => reorder.mutate(moved(ids, policy.id, -1))}>
                    ↑
                  </button>
                  <button type="button" className="icon-button" disabled={index === items.length - 1 || reorder.isPending} aria-label={t('policies.moveDown', { name: policy.name })} onClick={() => reorder.mutate(moved(ids, policy.id, 1))}>
                    ↓
                  </button>
                </td>
              )}
              <td className="adm-wrap">
                {policy.name} <span className={`chip sla-kind sla-kind-${policy.kind}`}>{t(`kind.${policy.kind}`)}</span>
              </td>
              <td className="adm-wrap sla-conditions">{conditionText(policy.conditions)}</td>
              <td className="adm-wrap small">
                {TARGET_KEYS.filter((key) => policy.targets[key]).map((key) => (
                  <div key={key}>
                    <span className="muted">{t(`targetShort.${key}`)}</span> {targetText(policy.targets[key]!)}
                  </div>
                ))}
              </td>
              <td>
                {canEdit ? (
                  <label className="checkbox small">
                    <input type="checkbox" checked={policy.enabled} disabled={toggle.isPending} onChange={(e) => toggle.mutate({ id: policy.id, body: { enabled: e.target.checked } })} />
                    <span className="visually-hidden">{policy.name} </span>
                    {policy.enabled ? t('policies.on') : t('policies.off')}
                  </label>
                ) : (
                  <span className={policy.enabled ? 'chip adm-on' : 'chip adm-off'}>{policy.enabled ? t('policies.on') : t('policies.off')}</span>
                )}
              </td>
              {canEdit && (
                <td className="adm-col-actions-2">
                  <button type="button" className="button" onClick={() => setEditing({ mode: 'edit', policy })}>
                    {t('admin:edit')}
                    <span className="visually-hidden"> {policy.name}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting(policy)}>
                    {t('admin:delete')}
                    <span className="visually-hidden"> {policy.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))
        }
        empty={<EmptyState title={t('policies.empty')} hint={canEdit ? t('policies.emptyHint') : undefined} />}
      />
      <OffHoursCard canEdit={canEdit} />
      <PolicyDialog policy={editing?.mode === 'edit' ? editing.policy : null} open={editing !== null} onClose={() => setEditing(null)} />
      <DeletePolicyDialog policy={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}

function DeletePolicyDialog({ policy, onClose }: { policy: PolicyView | null; onClose: () => void }) {
  const { t } = useTranslation('sla');
  const remove = useDeletePolicy();
  return (
    <FormDialog
      open={policy !== null}
      danger
      title={t('policies.deleteTitle', { name: policy?.name ?? '' })}
      description={t('policies.deleteExplain')}
      submitLabel={t('policies.deleteConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onSubmit={() => policy && remove.mutate(policy.id, { onSuccess: onClose })}
      onClose={() => {
        remove.reset();
        onClose();
      }}
    />
  );
}
