import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup } from '../admin/CheckboxGroup';
import { CHANNELS, INTENTS, LANGUAGES } from '../app/taxonomy';
import { languageName } from '../format/time';
import { FormDialog } from '../shell/FormDialog';
import { useCreateTemplate } from './api';

type Channel = (typeof CHANNELS)[number];

interface Form {
  key: string;
  name: string;
  intent: string;
  sourceLanguage: string;
  channels: Channel[];
  subject: string;
  body: string;
}

const EMPTY: Form = { key: '', name: '', intent: '', sourceLanguage: 'en', channels: [], subject: '', body: '' };

/** A custom template: its key and name, optionally the intent it answers, and its text in one (source) language. */
export function NewTemplateDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t, i18n } = useTranslation(['replies', 'common']);
  const create = useCreateTemplate();
  const [form, setForm] = useState<Form>(EMPTY);
  const ids = { key: useId(), name: useId(), intent: useId(), language: useId(), subject: useId(), body: useId() };
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((old) => ({ ...old, [key]: value }));

  const { reset } = create;
  useEffect(() => {
    if (!open) return;
    reset();
    setForm(EMPTY);
  }, [open, reset]);

  return (
    <FormDialog
      open={open}
      wide
      title={t('create.title')}
      description={t('create.explain')}
      submitLabel={t('create.submit')}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onSubmit={() =>
        create.mutate(
          {
            key: form.key.trim(),
            name: form.name.trim(),
            intent: form.intent || null,
            sourceLanguage: form.sourceLanguage,
            ...(form.channels.length ? { channels: form.channels } : {}),
            subject: form.subject,
            body: form.body,
          },
          { onSuccess: (template) => onCreated(template.id) },
        )
      }
    >
      <div className="adm-grid">
        <label className="field" htmlFor={ids.key}>
          <span>{t('create.key')}</span>
          <input id={ids.key} type="text" required maxLength={100} pattern="[a-z0-9][a-z0-9_.\-]*" value={form.key} placeholder="custom.vip_apology" onChange={(e) => set('key', e.target.value)} aria-describedby={`${ids.key}-hint`} />
          <small id={`${ids.key}-hint`} className="muted">
            {t('create.keyHint')}
          </small>
        </label>
        <label className="field" htmlFor={ids.name}>
          <span>{t('create.name')}</span>
          <input id={ids.name} type="text" required maxLength={200} value={form.name} onChange={(e) => set('name', e.target.value)} />
        </label>
        <label className="field" htmlFor={ids.intent}>
          <span>{t('create.intent')}</span>
          <select id={ids.intent} value={form.intent} onChange={(e) => set('intent', e.target.value)}>
            <option value="">{t('create.noIntent')}</option>
            {INTENTS.map((code) => (
              <option key={code} value={code}>
                {t(`common:intents.${code}` as 'common:intents.other', { defaultValue: code })}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={ids.language}>
          <span>{t('create.sourceLanguage')}</span>
          <select id={ids.language} value={form.sourceLanguage} onChange={(e) => set('sourceLanguage', e.target.value)}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)} ({code})
              </option>
            ))}
          </select>
        </label>
        <div className="adm-span-2">
          <CheckboxGroup
            legend={t('create.channels')}
            hint={t('create.channelsHint')}
            options={CHANNELS.map((c) => ({ value: c, label: t(`common:channel.${c}`) }))}
            value={form.channels}
            onChange={(channels) => set('channels', channels as Channel[])}
          />
        </div>
        <label className="field adm-span-2" htmlFor={ids.subject}>
          <span>{t('editor.subject')}</span>
          <input id={ids.subject} type="text" maxLength={500} value={form.subject} onChange={(e) => set('subject', e.target.value)} />
        </label>
        <label className="field adm-span-2" htmlFor={ids.body}>
          <span>{t('editor.body')}</span>
          <textarea id={ids.body} className="rep-code" rows={8} required value={form.body} spellCheck={false} onChange={(e) => set('body', e.target.value)} />
        </label>
      </div>
    </FormDialog>
  );
}
