import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAdmin from './en/admin.json';
import enCommon from './en/common.json';
import enCustomer from './en/customer.json';
import enEmail from './en/email.json';
import enInbox from './en/inbox.json';
import enTicket from './en/ticket.json';
import enReplies from './en/replies.json';
import enTriage from './en/triage.json';
import enSla from './en/sla.json';
import enRouting from './en/routing.json';
import enAutomation from './en/automation.json';
import zhAdmin from './zh-CN/admin.json';
import zhCommon from './zh-CN/common.json';
import zhCustomer from './zh-CN/customer.json';
import zhEmail from './zh-CN/email.json';
import zhInbox from './zh-CN/inbox.json';
import zhTicket from './zh-CN/ticket.json';
import zhReplies from './zh-CN/replies.json';
import zhTriage from './zh-CN/triage.json';
import zhSla from './zh-CN/sla.json';
import zhRouting from './zh-CN/routing.json';
import zhAutomation from './zh-CN/automation.json';

export const UI_LOCALES = ['en', 'zh-CN'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
/** Each UI language in its own script, as the language menus show it. */
export const UI_LOCALE_NAMES: Record<UiLocale, string> = { en: 'English', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'meridian.locale';

export const resources = {
  en: { common: enCommon, inbox: enInbox, ticket: enTicket, admin: enAdmin, customer: enCustomer, email: enEmail, triage: enTriage, replies: enReplies, sla: enSla, routing: enRouting, automation: enAutomation },
  'zh-CN': { common: zhCommon, inbox: zhInbox, ticket: zhTicket, admin: zhAdmin, customer: zhCustomer, email: zhEmail, triage: zhTriage, replies: zhReplies, sla: zhSla, routing: zhRouting, automation: zhAutomation },
} as const;

export function isUiLocale(value: unknown): value is UiLocale {
  return (UI_LOCALES as readonly unknown[]).includes(value);
}

/** Before sign-in: the last language used on this browser, else the browser's own preference. */
function initialLocale(): UiLocale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function rememberLocale(locale: UiLocale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

void i18next.use(initReactI18next).init({
  resources,
  lng: initialLocale(),
  fallbackLng: 'en',
  ns: ['common', 'inbox', 'ticket', 'admin', 'customer', 'email', 'triage', 'replies', 'sla', 'routing', 'automation'],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18next.language;

export default i18next;
