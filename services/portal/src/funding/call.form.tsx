import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { useProgramme } from '../programme/use-programme.ts';
import { ApiForm } from '../ui/form/api-form.tsx';
import { Checkboxes, Select, Text, TextArea } from '../ui/form/fields.tsx';
import { LoadError } from '../ui/status.tsx';
import {
  allocationRules,
  type Call,
  type CallDraft,
  fundingApi,
  fundingPaths,
  type ReviewerAccount,
} from './funding.api.ts';
import { RubricEditor, type RubricRow, weightOf } from './rubric-editor.tsx';
import { useFundingForm, whole } from './use-funding-form.ts';

interface Values {
  title: string;
  description: string;
  deadline: string;
  qualifyingEnds: string;
  scoringEnds: string;
  fundAmount: string;
  currency: string;
  ceiling: string;
  awards: string;
  minTeam: string;
  maxTeam: string;
  minMilestones: string;
  sectors: string[];
  iprcs: string[];
  rubric: RubricRow[];
  allocationRule: string;
  committee: string[];
}

/** A criterion's key (`^[a-z][a-z0-9-]{0,31}$`) from its label ("Impact / jobs" → `impact-jobs`), unique. */
function keysOf(rows: readonly RubricRow[]): string[] {
  const seen = new Set<string>();
  return rows.map((row, index) => {
    const slug = (row.key || row.label)
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '')
      .slice(0, 28);
    const base = slug || `criterion-${index + 1}`;
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    seen.add(key);
    return key;
  });
}

/** The programme manager's new call, as a draft: what the manager leaves as it is takes the programme's defaults. */
export function CallForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programme = useProgramme();
  const reviewers = useQuery<{ items: ReviewerAccount[] }>(fundingApi.reviewers);
  const criterion = (key: string, weight: number) => ({
    key,
    label: t(`funding.rubric.defaults.${key as 'relevance'}`),
    weight,
    max: 10,
  });
  const api = useFundingForm<Values>({
    defaultValues: {
      currency: programme.currencies[0] ?? '',
      awards: String(programme.targets.awards),
      minTeam: '2',
      maxTeam: '10',
      minMilestones: '1',
      sectors: [],
      iprcs: [],
      committee: [],
      allocationRule: 'skip',
      rubric: [
        criterion('relevance', 30),
        criterion('feasibility', 25),
        criterion('impact', 25),
        criterion('budget', 20),
      ],
    },
    check: (v) => {
      const deadline = Date.parse(v.deadline);
      const fund = whole(v.fundAmount);
      const ceiling = whole(v.ceiling);
      return {
        title: !v.title.trim() && t('funding.callForm.titleRequired'),
        deadline: !(deadline > Date.now()) && t('funding.callForm.deadlineFuture'),
        qualifyingEnds:
          !(Date.parse(v.qualifyingEnds) >= deadline) && t('funding.callForm.roundsAfterDeadline'),
        scoringEnds:
          !(Date.parse(v.scoringEnds) >= Date.parse(v.qualifyingEnds)) && t('funding.callForm.scoringAfter'),
        fundAmount: !(fund > 0) && t('funding.callForm.fundPositive'),
        ceiling: !(ceiling > 0 && ceiling <= fund) && t('funding.callForm.ceilingWithinFund'),
        awards: !(whole(v.awards) >= 1) && t('funding.callForm.awardsPositive'),
        maxTeam: !(whole(v.maxTeam) >= whole(v.minTeam)) && t('funding.callForm.teamRange'),
        rubric: weightOf(v.rubric) !== 100 && t('funding.rubric.mustAddUp', { sum: weightOf(v.rubric) }),
      };
    },
    onSubmit: async (v) => {
      const keys = keysOf(v.rubric);
      const chosen = new Set(v.committee);
      const draft: CallDraft = {
        title: v.title.trim(),
        description: v.description.trim(),
        deadline: new Date(v.deadline).toISOString(),
        rounds: { qualifyingEnds: v.qualifyingEnds, scoringEnds: v.scoringEnds },
        fund: { amount: whole(v.fundAmount), currency: v.currency },
        ceiling: whole(v.ceiling),
        awards: whole(v.awards),
        eligibility: {
          minTeam: whole(v.minTeam),
          maxTeam: whole(v.maxTeam),
          sectors: v.sectors,
          iprcs: v.iprcs,
          minMilestones: whole(v.minMilestones),
        },
        rubric: v.rubric.map((row, index) => ({
          key: keys[index]!,
          label: row.label.trim(),
          weight: whole(row.weight),
          max: whole(row.max),
        })),
        allocationRule: v.allocationRule === 'stop' ? 'stop' : 'skip',
        committee: (reviewers.data?.items ?? [])
          .filter((r) => chosen.has(r.id))
          .map((r) => ({ accountId: r.id, name: r.name })),
      };
      const call: Call = await fundingApi.create(draft);
      await navigate(fundingPaths.call(call.id));
    },
  });
  const { register } = api.form;
  return (
    <section className="card" aria-labelledby="new-call">
      <h2 id="new-call">{t('funding.callForm.title')}</h2>
      <ApiForm api={api} label={t('funding.callForm.title')} submit={t('funding.callForm.submit')}>
        <Text name="title" label={t('funding.callForm.callTitle')} />
        <TextArea name="description" label={t('funding.callForm.description')} optional />
        <div className="field">
          <label htmlFor="call-deadline">{t('funding.callForm.deadline')}</label>
          <input id="call-deadline" type="datetime-local" required {...register('deadline')} />
        </div>
        <Text name="qualifyingEnds" type="date" label={t('funding.callForm.qualifyingEnds')} />
        <Text name="scoringEnds" type="date" label={t('funding.callForm.scoringEnds')} />
        <fieldset className="group">
          <legend>{t('funding.callForm.money')}</legend>
          <Text name="fundAmount" label={t('funding.callForm.fund')} />
          <Select
            name="currency"
            label={t('funding.callForm.currency')}
            options={programme.currencies.map((code) => ({ value: code, label: code }))}
          />
          <Text
            name="ceiling"
            label={t('funding.callForm.ceiling')}
            hint={t('funding.callForm.ceilingHint')}
          />
          <Text name="awards" label={t('funding.callForm.awards')} hint={t('funding.callForm.awardsHint')} />
        </fieldset>
        <fieldset className="group">
          <legend>{t('funding.callForm.eligibility')}</legend>
          <Text name="minTeam" label={t('funding.callForm.minTeam')} />
          <Text name="maxTeam" label={t('funding.callForm.maxTeam')} />
          <Text name="minMilestones" label={t('funding.callForm.minMilestones')} />
          <Checkboxes
            name="sectors"
            label={t('funding.callForm.sectors')}
            hint={t('funding.callForm.anyHint')}
            options={programme.subjects.map((s) => ({ value: s.code, label: s.name }))}
          />
          <Checkboxes
            name="iprcs"
            label={t('funding.callForm.iprcs')}
            hint={t('funding.callForm.anyHint')}
            options={programme.host.institutions.map((i) => ({ value: i.code, label: i.name }))}
          />
        </fieldset>
        <RubricEditor />
        <Select
          name="allocationRule"
          label={t('funding.callForm.allocationRule')}
          hint={t('funding.callForm.allocationHint')}
          options={allocationRules.map((rule) => ({
            value: rule,
            label: t(`funding.allocationRules.${rule}`),
          }))}
        />
        {reviewers.error ? (
          <LoadError error={reviewers.error} onRetry={reviewers.reload} />
        ) : (
          <Checkboxes
            name="committee"
            label={t('funding.callForm.committee')}
            hint={t('funding.callForm.committeeHint')}
            options={(reviewers.data?.items ?? []).map((r) => ({
              value: r.id,
              label: `${r.name} (${r.email})`,
            }))}
          />
        )}
      </ApiForm>
    </section>
  );
}
