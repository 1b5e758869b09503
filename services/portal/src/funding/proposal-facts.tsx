import { useTranslation } from 'react-i18next';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { useMoney } from './money.ts';

/** A proposal's budget lines with their totals, and its milestones: for staff and for investors. */
export function BudgetAndMilestones(props: {
  currency: string;
  budget: { item: string; quantity: number; unitCost: number; total: number }[];
  milestones: { title: string; due: string; amount: number }[];
}) {
  const { t } = useTranslation();
  const { day } = useDates();
  const money = useMoney();
  const total = props.budget.reduce((sum, line) => sum + line.total, 0);
  return (
    <>
      <h3>{t('pitch.budget.legend')}</h3>
      <DataTable
        rows={props.budget}
        rowKey={(line) => `${line.item}:${line.quantity}:${line.unitCost}`}
        caption={t('pitch.budget.legend')}
        empty={t('pitch.budget.empty')}
        columns={[
          { header: t('pitch.budget.item'), rowHeader: true, cell: (line) => line.item },
          { header: t('pitch.budget.quantity'), numeric: true, cell: (line) => line.quantity },
          {
            header: t('pitch.budget.unitCost'),
            numeric: true,
            cell: (line) => money(line.unitCost, props.currency),
          },
          {
            header: t('pitch.budget.lineTotal'),
            numeric: true,
            cell: (line) => money(line.total, props.currency),
          },
        ]}
      />
      <p>
        <strong>{t('pitch.budget.total', { total: money(total, props.currency) })}</strong>
      </p>
      <h3>{t('pitch.milestones.legend')}</h3>
      <DataTable
        rows={props.milestones}
        rowKey={(m) => `${m.title}:${m.due}`}
        caption={t('pitch.milestones.legend')}
        empty={t('pitch.milestones.empty')}
        columns={[
          { header: t('pitch.milestones.title'), rowHeader: true, cell: (m) => m.title },
          { header: t('pitch.milestones.due'), cell: (m) => day(m.due) },
          {
            header: t('pitch.milestones.amount'),
            numeric: true,
            cell: (m) => money(m.amount, props.currency),
          },
        ]}
      />
    </>
  );
}
