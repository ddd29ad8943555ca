import { useTranslation } from 'react-i18next';

const formats = new Map<string, Intl.NumberFormat>();

/** A fraction (0..1) as a percentage in the agent's language: "87%", "91.4%". */
export function formatPercent(value: number, locale: string, digits = 0): string {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

export function usePercent(digits = 0) {
  const { i18n } = useTranslation();
  return (value: number) => formatPercent(value, i18n.language, digits);
}
