import { type ReactNode, useRef, useState } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../funding/funding.api.ts';
import { useMoney } from '../../funding/money.ts';
import { useFundingForm, whole } from '../../funding/use-funding-form.ts';
import { useSectors } from '../../funding/use-subjects.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/form-alert.tsx';
import { FormProvider } from 'react-hook-form';
import { Select, Text, TextArea } from '../../ui/form/fields.tsx';
import { type ProposalDraft, pitchApi } from './pitch.api.ts';

interface Values {
  title: string;
  summary: string;
  problem: string;
  localNeed: string;
  solution: string;
  sector: string;
  jobsExpected: string;
  leadId: string;
  budget: { item: string; quantity: string; unitCost: string }[];
  milestones: { id?: string; title: string; due: string; amount: string }[];
}

const valuesOf = (p: Proposal): Values => ({
  title: p.title,
  summary: p.summary,
  problem: p.problem,
  localNeed: p.localNeed,
  solution: p.solution,
  sector: p.sector,
  jobsExpected: String(p.jobsExpected || ''),
  leadId: p.leadId,
  budget: p.budget.map((l) => ({ item: l.item, quantity: String(l.quantity), unitCost: String(l.unitCost) })),
  milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, due: m.due, amount: String(m.amount) })),
});

/** What is typed, as the draft the service keeps: rows left empty are dropped, '' clears a text. */
function draftOf(v: Values): ProposalDraft {
  const jobs = whole(v.jobsExpected);
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    problem: v.problem.trim(),
    localNeed: v.localNeed.trim(),
    solution: v.solution.trim(),
    ...(v.sector && { sector: v.sector }),
    ...(!Number.isNaN(jobs) && { jobsExpected: jobs }),
    ...(v.leadId && { leadId: v.leadId }),
    budget: v.budget
      .filter((l) => l.item.trim() || l.quantity || l.unitCost)
      .map((l) => ({ item: l.item.trim(), quantity: whole(l.quantity), unitCost: whole(l.unitCost) })),
    milestones: v.milestones
      .filter((m) => m.title.trim() || m.due || m.amount)
      .map((m) => ({
        ...(m.id && { id: m.id }),
        title: m.title.trim(),
        due: m.due,
        amount: whole(m.amount),
      })),
  };
}

/**
 * The team's proposal: its texts, sector, jobs, budget lines (with their totals worked out as they are typed),
 * milestones and lead. "Save draft" keeps it; "Submit" saves, then submits: a refusal lists every reason.
 */
export function ProposalDraftForm(props: {
  token: string;
  proposal: Proposal;
  readOnly: boolean;
  onSaved: (saved: Proposal) => void;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const sectors = useSectors();
  const { proposal } = props;
  const [notice, setNotice] = useState<string>();
  const intent = useRef<'save' | 'submit'>('save');
  const api = useFundingForm<Values>({
    messages: 'pitch',
    defaultValues: valuesOf(proposal),
    check: (v) => {
      const d = draftOf(v);
      return {
        jobsExpected: v.jobsExpected !== '' && !(whole(v.jobsExpected) >= 0) && t('pitch.draft.jobsInvalid'),
        budget:
          d.budget!.some((l) => !l.item || !(l.quantity >= 1) || !(l.unitCost >= 0)) &&
          t('pitch.budget.invalid'),
        milestones:
          d.milestones!.some((m) => !m.title || !/^\d{4}-\d{2}-\d{2}$/.test(m.due) || !(m.amount >= 0)) &&
          t('pitch.milestones.invalid'),
      };
    },
    onSubmit: async (v) => {
      setNotice(undefined);
      let saved = await pitchApi.save(props.token, draftOf(v));
      props.onSaved(saved);
      if (intent.current === 'submit') {
        saved = await pitchApi.submit(props.token);
        props.onSaved(saved);
        setNotice(t('pitch.draft.submittedNow'));
      } else setNotice(t('pitch.draft.saved'));
    },
  });
  const { control, register } = api.form;
  const budget = useFieldArray({ control, name: 'budget' });
  const milestones = useFieldArray({ control, name: 'milestones' });
  const lines = useWatch({ control, name: 'budget' }) ?? [];
  const plan = useWatch({ control, name: 'milestones' }) ?? [];
  const c = proposal.currency;
  const lineTotal = (l: { quantity: string; unitCost: string }) =>
    (whole(l.quantity) || 0) * (whole(l.unitCost) || 0);
  const total = lines.reduce((sum, l) => sum + lineTotal(l), 0);
  const planned = plan.reduce((sum, m) => sum + (whole(m.amount) || 0), 0);
  const trainees = proposal.team.filter((m) => m.role === 'trainee');
  const disabled = props.readOnly;
  return (
    <FormProvider {...api.form}>
      <form
        className="form form--public"
        aria-label={t('pitch.draft.form')}
        noValidate
        onSubmit={(event) => void api.onSubmit(event)}
      >
        <h2>{t('pitch.draft.heading')}</h2>
        <FormAlert error={api.error} />
        <div role="status">{notice && <p className="notice notice--success">{notice}</p>}</div>
        <fieldset disabled={disabled} className="group">
          <Text name="title" label={t('pitch.draft.title')} optional />
          <TextArea
            name="summary"
            label={t('pitch.draft.summary')}
            hint={t('pitch.draft.summaryHint')}
            optional
            rows={3}
          />
          <TextArea name="problem" label={t('pitch.draft.problem')} optional />
          <TextArea name="localNeed" label={t('pitch.draft.localNeed')} optional />
          <TextArea name="solution" label={t('pitch.draft.solution')} optional />
          <Select
            name="sector"
            label={t('pitch.draft.sector')}
            choose={t('common.choose')}
            options={sectors.options}
          />
          <Text name="jobsExpected" label={t('pitch.draft.jobs')} optional />
          <Select
            name="leadId"
            label={t('pitch.draft.lead')}
            choose={t('common.choose')}
            options={trainees.map((m) => ({ value: m.personId, label: m.name ?? t('pitch.team.erased') }))}
          />
        </fieldset>
        <RowList
          disabled={disabled}
          legend={t('pitch.budget.legend')}
          rows={budget.fields}
          rowLabel={(n) => t('pitch.budget.line', { n })}
          removeLabel={(n) => t('pitch.budget.remove', { n })}
          onRemove={budget.remove}
          summary={
            <>
              <strong>{t('pitch.budget.total', { total: money(total, c) })}</strong>{' '}
              {t('pitch.budget.ceiling', { ceiling: money(proposal.ceiling, c) })}
            </>
          }
          addLabel={t('pitch.budget.add')}
          onAdd={() => budget.append({ item: '', quantity: '1', unitCost: '' })}
        >
          {(index, n) => (
            <>
              <TextField label={t('pitch.budget.itemN', { n })} {...register(`budget.${index}.item`)} />
              <TextField
                label={t('pitch.budget.quantityN', { n })}
                inputMode="numeric"
                {...register(`budget.${index}.quantity`)}
              />
              <TextField
                label={t('pitch.budget.unitCostN', { n })}
                inputMode="numeric"
                {...register(`budget.${index}.unitCost`)}
              />
              <p>
                {t('pitch.budget.lineTotalN', {
                  n,
                  total: money(lineTotal(lines[index] ?? budget.fields[index]!), c),
                })}
              </p>
            </>
          )}
        </RowList>
        <RowList
          disabled={disabled}
          legend={t('pitch.milestones.legend')}
          rows={milestones.fields}
          rowLabel={(n) => t('pitch.milestones.row', { n })}
          removeLabel={(n) => t('pitch.milestones.remove', { n })}
          onRemove={milestones.remove}
          summary={t('pitch.milestones.sum', { planned: money(planned, c), total: money(total, c) })}
          addLabel={t('pitch.milestones.add')}
          onAdd={() => milestones.append({ title: '', due: '', amount: '' })}
        >
          {(index, n) => (
            <>
              <TextField
                label={t('pitch.milestones.titleN', { n })}
                {...register(`milestones.${index}.title`)}
              />
              <TextField
                label={t('pitch.milestones.dueN', { n })}
                type="date"
                {...register(`milestones.${index}.due`)}
              />
              <TextField
                label={t('pitch.milestones.amountN', { n })}
                inputMode="numeric"
                {...register(`milestones.${index}.amount`)}
              />
            </>
          )}
        </RowList>
        {proposal.missing.length > 0 && !disabled && (
          <div className="notice">
            <p>{t('pitch.draft.missing')}</p>
            <ul>
              {proposal.missing.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        {!disabled && (
          <div className="actions">
            <button
              type="submit"
              className="button button--secondary"
              aria-disabled={api.pending || undefined}
              onClick={() => (intent.current = 'save')}
            >
              {t('pitch.draft.save')}
            </button>
            <button
              type="submit"
              className="button"
              aria-disabled={api.pending || undefined}
              onClick={() => (intent.current = 'submit')}
            >
              {t('pitch.draft.submit')}
            </button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}

/** Rows the team adds and removes (budget lines, milestones): each a labelled group with its remove button. */
function RowList(props: {
  disabled: boolean;
  legend: string;
  rows: { id: string }[];
  rowLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  onRemove: (index: number) => void;
  summary: ReactNode;
  addLabel: string;
  onAdd: () => void;
  children: (index: number, n: number) => ReactNode;
}) {
  return (
    <fieldset disabled={props.disabled} className="group">
      <legend>{props.legend}</legend>
      {props.rows.map((row, index) => (
        <div key={row.id} className="option-row" role="group" aria-label={props.rowLabel(index + 1)}>
          {props.children(index, index + 1)}
          <button type="button" className="button button--secondary" onClick={() => props.onRemove(index)}>
            {props.removeLabel(index + 1)}
          </button>
        </div>
      ))}
      <p role="status">{props.summary}</p>
      <button type="button" className="button button--secondary" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
