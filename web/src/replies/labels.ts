/** Names for template keys, asks and options in the agent's language. */
import type { TFunction } from 'i18next';
import { ASKS, type ResolutionOption } from './types';

/** The `t` of a component using `useTranslation(['replies', 'common'])`. */
type T = TFunction<readonly ['replies', 'common']>;

const SERVICE_KEYS = [
  'off_hours',
  'interim_update',
  'escalation',
  'apology_compensation',
  'resolution_options',
  'survey_request',
  'payment_reminder_before_3d',
  'payment_reminder_after_7d',
  'payment_reminder_after_15d',
  'payment_reminder_after_30d',
] as const;

/** `shipping.track` → "Track parcel"; `service.off_hours` → "Off-hours acknowledgement"; a custom key as it is. */
export function templateLabel(t: T, key: string, name?: string | null): string {
  if (key.startsWith('service.')) {
    const service = key.slice('service.'.length);
    if ((SERVICE_KEYS as readonly string[]).includes(service)) return t(`serviceTemplates.${service as (typeof SERVICE_KEYS)[number]}`);
  }
  const intent = t(`common:intents.${key}` as 'common:intents.other', { defaultValue: '' });
  return intent || name || key;
}

export function askLabel(t: T, ask: string): string {
  return (ASKS as readonly string[]).includes(ask) ? t(`asks.${ask as (typeof ASKS)[number]}`) : ask;
}

export function formatMoney(amount: number, currency: string | undefined, locale: string): string {
  if (!currency) return new Intl.NumberFormat(locale).format(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export function optionLabel(t: T, option: ResolutionOption, locale: string): string {
  const amount = option.amount !== undefined ? formatMoney(option.amount, option.currency, locale) : '';
  switch (option.key) {
    case 'resend':
      return t('options.resend');
    case 'partial_refund':
      return amount ? t('options.partial_refund', { amount }) : t('options.partial_refund_plain');
    case 'full_refund':
      return amount ? t('options.full_refund', { amount }) : t('options.full_refund_plain');
    case 'coupon':
      return option.percent !== undefined ? t('options.coupon_percent', { percent: option.percent }) : t('options.coupon');
    case 'return_label':
      return t('options.return_label');
    default:
      return option.label;
  }
}
