/**
 * How many US dollars one unit of each currency was worth (rounded reference rates, November
 * 2026). Compensation limits are kept in the workspace's base currency; amounts in an order's
 * currency are converted through USD. A workspace overrides any rate in `settings.fxRates`
 * (same meaning: USD per unit).
 */
export const DEFAULT_USD_RATES: Readonly<Record<string, number>> = {
  USD: 1, EUR: 1.08, GBP: 1.27, CAD: 0.72, AUD: 0.66, NZD: 0.6, CHF: 1.13, JPY: 0.0066, CNY: 0.138, HKD: 0.128,
  TWD: 0.031, KRW: 0.00072, SGD: 0.74, MYR: 0.22, IDR: 0.000063, THB: 0.028, VND: 0.00004, PHP: 0.017, INR: 0.012,
  BRL: 0.18, MXN: 0.055, ARS: 0.001, CLP: 0.00105, COP: 0.00025, PEN: 0.27, SEK: 0.094, NOK: 0.092, DKK: 0.145,
  PLN: 0.25, CZK: 0.043, HUF: 0.0027, RON: 0.22, TRY: 0.029, RUB: 0.011, UAH: 0.024, ILS: 0.27, SAR: 0.267,
  AED: 0.272, QAR: 0.275, KWD: 3.25, EGP: 0.02, ZAR: 0.055,
};

export type FxTable = Readonly<Record<string, number>>;

/** The rates of a workspace: the defaults with its overrides. */
export function fxTable(overrides: unknown): FxTable {
  const table: Record<string, number> = { ...DEFAULT_USD_RATES };
  if (overrides && typeof overrides === 'object') {
    for (const [code, rate] of Object.entries(overrides)) {
      if (/^[A-Z]{3}$/.test(code) && typeof rate === 'number' && rate > 0 && Number.isFinite(rate)) table[code] = rate;
    }
  }
  return table;
}

/** Converts, or returns null when either currency is unknown. */
export function convert(amount: number, from: string, to: string, table: FxTable): number | null {
  if (from === to) return amount;
  const fromUsd = table[from];
  const toUsd = table[to];
  if (!fromUsd || !toUsd) return null;
  return (amount * fromUsd) / toUsd;
}

/** Units of `base` that one unit of each currency is worth: the shape the policy guard takes. */
export function ratesIn(base: string, table: FxTable): Record<string, number> {
  const baseUsd = table[base] ?? 1;
  return Object.fromEntries(Object.entries(table).map(([code, usd]) => [code, usd / baseUsd]));
}
