import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query.ts';
import { localised } from '../../funding/funding-problem.ts';
import { useMoney } from '../../funding/money.ts';
import { ActionForm } from '../../ui/action-form.tsx';
import { TextAreaField, TextField } from '../../ui/field.tsx';
import { useDates } from '../../ui/dates.ts';
import { Page } from '../../ui/page.tsx';
import { Loading } from '../../ui/status.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { useInvitationToken } from './invitation-token.ts';
import { PitchProblem } from './pitch.page.tsx';
import { pitchApi, type TeamAward } from './pitch.api.ts';

/** `/pitch/award?token=…`: the team's award, its milestones, and the report of the next one with its evidence. */
export function TeamAwardPage() {
  const { t } = useTranslation();
  const { token } = useInvitationToken();
  return (
    <Page title={t('pitch.award.title')}>
      {token ? <Award token={token} /> : <p className="notice">{t('pitch.team.noToken')}</p>}
    </Page>
  );
}

function Award({ token }: { token: string }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const money = useMoney();
  const { data, error, reload } = useQuery<TeamAward>(pitchApi.awardKey(token), {
    load: pitchApi.award(token),
  });
  if (!data) return error ? <PitchProblem error={error} onRetry={reload} /> : <Loading />;
  const c = data.currency;
  // Reported in order: the first milestone not yet reported, approved or paid.
  const next = data.milestones.find((m) => m.status === 'pending' || m.status === 'returned');
  return (
    <>
      <section className="card" aria-labelledby="award-heading">
        <h2 id="award-heading">{data.title}</h2>
        <p>{t('pitch.award.awarded', { amount: money(data.ledger.awarded, c) })}</p>
        <ol>
          {data.milestones.map((m) => (
            <li key={m.id}>
              <strong>{m.title}</strong>
              <br />
              {t('pitch.award.milestoneLine', { due: day(m.due), amount: money(m.amount, c) })}
              <br />
              {t(`pitch.award.status.${m.status}`)}
              {m.status === 'returned' && m.returned && (
                <p className="notice">{t('pitch.award.returned', { reason: m.returned.reason })}</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      {next && <ReportForm key={next.id} token={token} milestoneId={next.id} title={next.title} />}
    </>
  );
}

function ReportForm(props: { token: string; milestoneId: string; title: string }) {
  const { t } = useTranslation();
  const form = useFormAction(async (data) => {
    const narrative = String(data.get('narrative') ?? '').trim();
    const jobs = Number(String(data.get('jobsCreated') ?? '').trim() || Number.NaN);
    const file = data.get('evidence');
    const pdf = file instanceof File && file.size > 0 ? file : undefined;
    check({
      narrative: !narrative && t('pitch.award.narrativeRequired'),
      jobsCreated: !(Number.isInteger(jobs) && jobs >= 0) && t('pitch.award.jobsInvalid'),
      evidence:
        pdf &&
        !pdf.name.toLowerCase().endsWith('.pdf') &&
        pdf.type !== 'application/pdf' &&
        t('pitch.attachments.notPdf'),
    });
    try {
      const evidence = pdf ? [(await pitchApi.evidence(props.token, props.milestoneId, pdf)).id] : [];
      await pitchApi.report(props.token, props.milestoneId, {
        narrative,
        figures: { jobsCreated: jobs },
        evidence,
      });
    } catch (failure) {
      throw localised(failure, 'pitch');
    }
  });
  return (
    <section className="card" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('pitch.award.report', { title: props.title })}</h2>
      <ActionForm
        form={form}
        label={t('pitch.award.report', { title: props.title })}
        submit={t('pitch.award.send')}
        className="form form--public"
      >
        <TextAreaField name="narrative" label={t('pitch.award.narrative')} rows={5} required />
        <TextField name="jobsCreated" label={t('pitch.award.jobsCreated')} inputMode="numeric" required />
        <TextField
          name="evidence"
          label={t('pitch.award.evidence')}
          hint={t('pitch.attachments.hint', { mb: 10 })}
          type="file"
          accept="application/pdf,.pdf"
        />
      </ActionForm>
    </section>
  );
}
