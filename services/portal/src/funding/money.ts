import { useTranslation } from 'react-i18next';

/** Whole units of a currency as the reader writes them ("€4,800", "4 800 €"); a code Intl does not know: "4800 XYZ". */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

/** `money(4800, 'EUR')` in the page's language. */
export function useMoney() {
  const { i18n } = useTranslation();
  return (amount: number, currency: string) => formatMoney(amount, currency, i18n.language);
}
