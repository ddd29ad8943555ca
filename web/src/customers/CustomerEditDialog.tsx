import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patch } from '../api/client';
import type { Customer } from '../api/types';
import { FormDialog } from '../shell/FormDialog';
import { changedFields, countryOptions, emptyToNull, languageOptions, timeZoneOptions } from '../admin/options';
import { customerKey } from './identities';

interface CustomerForm {
  name: string;
  country: string;
  language: string;
  timezone: string;
}

const formOf = (customer: Customer): CustomerForm => ({
  name: customer.name,
  country: customer.country ?? '',
  language: customer.language ?? '',
  timezone: customer.timezone ?? '',
});

const bodyOf = (form: CustomerForm) => ({
  name: form.name.trim(),
  country: emptyToNull(form.country),
  language: emptyToNull(form.language),
  timezone: emptyToNull(form.timezone),
});

/** Edits the basic facts of a buyer; only what changed is sent. */
export function CustomerEditDialog({ customer, open, onClose }: { customer: Customer; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation(['customer', 'common']);
  const queryClient = useQueryClient();
  const [form, setForm] = useState<CustomerForm>(() => formOf(customer));
  const ids = { name: useId(), country: useId(), language: useId(), timezone: useId() };

  const save = useMutation({
    mutationFn: (value: CustomerForm) => {
      const changes = changedFields(bodyOf(formOf(customer)), bodyOf(value));
      if (Object.keys(changes).length === 0) return Promise.resolve(customer);
      return patch<Customer>(`/api/customers/${customer.id}`, changes);
    },
    onSuccess: (updated) => {
      queryClient.setQueryData(customerKey(customer.id), updated);
      // Ticket lists show the buyer's name and country.
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
      onClose();
    },
  });

  const { reset } = save;
  useEffect(() => {
    if (!open) return;
    reset();
    setForm(formOf(customer));
    // Only when the dialog opens: a refetch meanwhile must not wipe what the agent is typing.
  }, [open, reset]);

  const set = <K extends keyof CustomerForm>(key: K, value: CustomerForm[K]) => setForm((old) => ({ ...old, [key]: value }));
  const locale = i18n.language;

  return (
    <FormDialog
      open={open}
      title={t('editTitle')}
      submitLabel={t('common:save')}
      pending={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(form)}
      onClose={onClose}
    >
      <label className="field" htmlFor={ids.name}>
        <span>{t('fields.name')}</span>
        <input id={ids.name} type="text" maxLength={200} value={form.name} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label className="field" htmlFor={ids.country}>
        <span>{t('fields.country')}</span>
        <select id={ids.country} value={form.country} onChange={(e) => set('country', e.target.value)}>
          <option value="">{t('notSet')}</option>
          {countryOptions(locale, form.country || null).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label} ({option.value})
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={ids.language}>
        <span>{t('fields.language')}</span>
        <select id={ids.language} value={form.language} onChange={(e) => set('language', e.target.value)}>
          <option value="">{t('notSet')}</option>
          {languageOptions(locale, form.language || null).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field" htmlFor={ids.timezone}>
        <span>{t('fields.timezone')}</span>
        <select id={ids.timezone} value={form.timezone} onChange={(e) => set('timezone', e.target.value)}>
          <option value="">{t('notSet')}</option>
          {timeZoneOptions(form.timezone || null).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
    </FormDialog>
  );
}
