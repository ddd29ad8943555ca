import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../api/client';
import { FormDialog } from '../shell/FormDialog';
import { ActionEditor } from './ActionEditor';
import { blankDraft, fromDraft, toDraft, type ActionDraft } from './action-drafts';
import { useAutomationFields } from './api';
import { fromRows, NO_VALUE_OPS, takesList, toRows, type ConditionRow, type ConditionRows } from './condition-rows';
import { OPS, TRIGGERS, type Condition, type Op, type Rule, type RuleBody, type Trigger } from './types';

export type Editing = { mode: 'create' } | { mode: 'edit'; rule: Rule } | null;

interface Form {
  name: string;
  trigger: Trigger;
  enabled: boolean;
  /** Null while the conditions are edited as JSON. */
  rows: ConditionRows | null;
  json: string;
  actions: ActionDraft[];
}

const EMPTY_ROW: ConditionRow = { field: '', op: 'eq', value: '' };

function initialForm(editing: Editing): Form {
  if (editing?.mode !== 'edit') {
    return { name: '', trigger: 'ticket.created', enabled: true, rows: { match: 'all', rows: [{ ...EMPTY_ROW }] }, json: '{"all": []}', actions: [blankDraft('add_tags')] };
  }
  const { rule } = editing;
  return { name: rule.name, trigger: rule.trigger, enabled: rule.enabled, rows: toRows(rule.conditions), json: JSON.stringify(rule.conditions, null, 2), actions: rule.actions.map(toDraft) };
}

class InvalidJson extends Error {}

/** Create or edit a rule: name, trigger, conditions (rows, or JSON for nested trees) and actions in order. */
export function RuleDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation(['automation', 'common']);
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(() => initialForm(editing));
  const nameId = useId();
  const triggerId = useId();
  const rule = editing?.mode === 'edit' ? editing.rule : null;

  const save = useMutation({
    mutationFn: (value: Form) => {
      let conditions: Condition;
      if (value.rows) conditions = fromRows(value.rows);
      else {
        try {
          conditions = JSON.parse(value.json) as Condition;
        } catch {
          throw new InvalidJson(t('dialog.jsonInvalid'));
        }
      }
      const body: RuleBody = { name: value.name.trim(), trigger: value.trigger, enabled: value.enabled, conditions, actions: value.actions.map(fromDraft) };
      return rule ? patch<Rule>(`/api/automation/rules/${rule.id}`, body) : post<Rule>('/api/automation/rules', body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['automation'] });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!editing) return;
    reset();
    setForm(initialForm(editing));
  }, [editing, reset]);

  const showJson = () => setForm({ ...form, json: JSON.stringify(form.rows ? fromRows(form.rows) : JSON.parse(form.json), null, 2), rows: null });
  const showRows = () => {
    try {
      const rows = toRows(JSON.parse(form.json) as Condition);
      if (rows) setForm({ ...form, rows });
    } catch {
      // Invalid JSON stays in the JSON editor; saving says why.
    }
  };
  const canShowRows = (() => {
    try {
      return toRows(JSON.parse(form.json) as Condition) !== null;
    } catch {
      return false;
    }
  })();

  return (
    <FormDialog
      open={editing !== null}
      wide
      title={rule ? t('dialog.editTitle', { name: rule.name }) : t('dialog.addTitle')}
      submitLabel={rule ? t('common:save') : t('dialog.create')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(form)}
      onClose={onClose}
    >
      <label className="field" htmlFor={nameId}>
        <span>{t('dialog.name')}</span>
        <input id={nameId} type="text" required maxLength={160} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label className="field" htmlFor={triggerId}>
        <span>{t('dialog.trigger')}</span>
        <select id={triggerId} value={form.trigger} onChange={(e) => setForm({ ...form, trigger: e.target.value as Trigger })}>
          {TRIGGERS.map((trigger) => (
            <option key={trigger} value={trigger}>
              {t(`triggers.${trigger}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={form.enabled} onChange={(e) => setForm({ ...form, enabled: e.target.checked })} /> {t('dialog.enabled')}
      </label>

      <fieldset className="auto-fieldset">
        <legend>{t('dialog.conditions')}</legend>
        {form.rows ? (
          <ConditionBuilder rows={form.rows} onChange={(rows) => setForm({ ...form, rows })} />
        ) : (
          <label className="field">
            <span>{t('dialog.json')}</span>
            <textarea className="auto-json" rows={8} spellCheck={false} value={form.json} onChange={(e) => setForm({ ...form, json: e.target.value })} />
            {!canShowRows && <span className="muted small">{t('dialog.builderUnavailable')}</span>}
          </label>
        )}
        <div>
          {form.rows ? (
            <button type="button" className="button button-ghost" onClick={showJson}>
              {t('dialog.advanced')}
            </button>
          ) : (
            <button type="button" className="button button-ghost" onClick={showRows} disabled={!canShowRows}>
              {t('dialog.builder')}
            </button>
          )}
        </div>
      </fieldset>

      <fieldset className="auto-fieldset">
        <legend>{t('dialog.actions')}</legend>
        <ol className="auto-rows">
          {form.actions.map((draft, index) => (
            <li key={index}>
              <ActionEditor
                index={index}
                draft={draft}
                onChange={(next) => setForm({ ...form, actions: form.actions.map((a, i) => (i === index ? next : a)) })}
                onRemove={form.actions.length > 1 ? () => setForm({ ...form, actions: form.actions.filter((_, i) => i !== index) }) : undefined}
              />
            </li>
          ))}
        </ol>
        <div>
          <button type="button" className="button" onClick={() => setForm({ ...form, actions: [...form.actions, blankDraft('add_tags')] })}>
            {t('dialog.addAction')}
          </button>
        </div>
      </fieldset>
    </FormDialog>
  );
}

function ConditionBuilder({ rows, onChange }: { rows: ConditionRows; onChange: (rows: ConditionRows) => void }) {
  const { t } = useTranslation('automation');
  const fields = useAutomationFields();
  const listId = useId();
  const matchId = useId();
  const setRow = (index: number, row: Partial<ConditionRow>) => onChange({ ...rows, rows: rows.rows.map((r, i) => (i === index ? { ...r, ...row } : r)) });

  return (
    <>
      <div className="auto-match">
        <label htmlFor={matchId}>{t('dialog.match')}</label>
        <select id={matchId} value={rows.match} onChange={(e) => onChange({ ...rows, match: e.target.value as 'all' | 'any' })}>
          <option value="all">{t('dialog.matchAll')}</option>
          <option value="any">{t('dialog.matchAny')}</option>
        </select>
      </div>
      {rows.rows.length === 0 && <p className="muted small">{t('dialog.noConditions')}</p>}
      <datalist id={listId}>
        {(fields.data?.fields ?? []).map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
      <ul className="auto-rows">
        {rows.rows.map((row, index) => (
          <li key={index} className="auto-row" data-testid="automation-condition-row">
            <label className="field">
              <span>{t('dialog.field')}</span>
              <input type="text" list={listId} value={row.field} required maxLength={120} onChange={(e) => setRow(index, { field: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('dialog.op')}</span>
              <select value={row.op} onChange={(e) => setRow(index, { op: e.target.value as Op })}>
                {OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(`ops.${op}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('dialog.value')}</span>
              <input
                type="text"
                value={row.value}
                disabled={NO_VALUE_OPS.has(row.op)}
                title={takesList(row.op) ? t('dialog.valueListHint') : undefined}
                onChange={(e) => setRow(index, { value: e.target.value })}
              />
            </label>
            <button type="button" className="button button-ghost" onClick={() => onChange({ ...rows, rows: rows.rows.filter((_, i) => i !== index) })}>
              ✕<span className="visually-hidden">{t('dialog.removeCondition', { n: index + 1 })}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('dialog.fieldHint')}</p>
      <div>
        <button type="button" className="button" onClick={() => onChange({ ...rows, rows: [...rows.rows, { ...EMPTY_ROW }] })}>
          {t('dialog.addCondition')}
        </button>
      </div>
    </>
  );
}
