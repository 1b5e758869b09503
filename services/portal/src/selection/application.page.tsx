import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query.ts';
import { DataTable } from '../ui/data-table.tsx';
import { useDates } from '../ui/dates.ts';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { ApplicationStatusBadge } from './applications-table.tsx';
import { DecisionForms } from './decision.forms.tsx';
import { DeclarationForms, ScorecardForm } from './review.forms.tsx';
import { type Application, type Criterion, selectionApi, type Tor } from './selection.api.ts';
import { Scorecards } from './scorecards.tsx';

/**
 * One application: the match explained requirement by requirement, the screening, and the review. A reviewer
 * declares a conflict or none, then scores, then sees the others' scores; the programme manager decides.
 */
export function ApplicationPage() {
  const id = useParams().id ?? '';
  const { data, error, reload, update } = useQuery<Application>(selectionApi.application(id));
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return <ApplicationWithTor application={data} onChanged={(next) => update(() => next)} />;
}

function ApplicationWithTor(props: { application: Application; onChanged: (a: Application) => void }) {
  const { data: tor, error, reload } = useQuery<Tor>(selectionApi.tor(props.application.torId));
  if (!tor) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  return <ApplicationView {...props} tor={tor} />;
}

function ApplicationView({
  application,
  tor,
  onChanged,
}: {
  application: Application;
  tor: Tor;
  onChanged: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const { instant } = useDates();
  // Staff get the declarations of the whole panel; a reviewer gets only their own.
  const staff = application.declarations !== undefined;
  const who = application.applicantName ?? application.code;
  return (
    <Page title={t('application.title', { who })}>
      <p>
        <Link to={`/tors/${encodeURIComponent(tor.id)}`}>{t('application.back', { title: tor.title })}</Link>
      </p>
      <dl className="facts">
        <dt>{t('application.code')}</dt>
        <dd>{application.code}</dd>
        <dt>{t('applications.status')}</dt>
        <dd>
          <ApplicationStatusBadge status={application.status} />
        </dd>
        <dt>{t('application.submittedAt')}</dt>
        <dd>{instant(application.submittedAt)}</dd>
        {application.blind && (
          <>
            <dt>{t('panel.title')}</dt>
            <dd>{t('application.blind')}</dd>
          </>
        )}
        {application.motivation && (
          <>
            <dt>{t('application.motivation')}</dt>
            <dd className="prewrap">{application.motivation}</dd>
          </>
        )}
      </dl>
      {application.recused ? (
        <p role="status" className="notice">
          {t('review.recused')}
        </p>
      ) : (
        <>
          {application.match && <MatchTable match={application.match} />}
          {application.screening && <ScreeningList screening={application.screening} />}
          {staff ? (
            <StaffReview application={application} criteria={tor.criteria} onChanged={onChanged} />
          ) : (
            <ReviewerReview application={application} criteria={tor.criteria} onChanged={onChanged} />
          )}
        </>
      )}
    </Page>
  );
}

function MatchTable({ match }: { match: NonNullable<Application['match']> }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section className="card" aria-labelledby="match-heading">
      <h2 id="match-heading">{t('application.matchTitle', { total: match.total })}</h2>
      <p>{t('application.matchIntro')}</p>
      <DataTable
        rows={match.items}
        rowKey={(item) => item.requirement}
        caption={t('application.matchTitle', { total: match.total })}
        empty={t('common.none')}
        columns={[
          {
            header: t('application.requirement'),
            rowHeader: true,
            cell: (item) => t(`requirements.${item.requirement}` as 'requirements.subject'),
          },
          { header: t('application.expected'), cell: (item) => item.expected },
          { header: t('application.found'), cell: (item) => item.found },
          { header: t('application.met'), numeric: true, cell: (item) => percent.format(item.met) },
          {
            header: t('application.points'),
            numeric: true,
            cell: (item) => t('application.pointsOf', { points: item.points, weight: item.weight }),
          },
        ]}
      />
    </section>
  );
}

export function ScreeningList({ screening }: { screening: NonNullable<Application['screening']> }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="screening-heading">
      <h2 id="screening-heading">{t('application.screeningTitle')}</h2>
      <p>{t(screening.eligible ? 'application.eligible' : 'application.ineligible')}</p>
      <ul>
        {screening.results.map((result) => (
          <li key={result.rule}>
            <strong>{t(`rules.${result.rule}` as 'rules.residence')}</strong>:{' '}
            {t(result.passed ? 'application.passed' : 'application.failed')} – {result.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReviewerReview(props: {
  application: Application;
  criteria: Criterion[];
  onChanged: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const { application } = props;
  if (!application.myDeclaration)
    return <DeclarationForms application={application} onChanged={props.onChanged} />;
  const open = application.status === 'eligible' || application.status === 'shortlisted';
  return (
    <>
      <p className="notice">{t('review.noConflictDeclared')}</p>
      {open && (
        <ScorecardForm application={application} criteria={props.criteria} onChanged={props.onChanged} />
      )}
      {application.scorecards ? (
        <Scorecards
          title={t('review.othersTitle')}
          scorecards={application.scorecards}
          panel={application.panel ?? null}
          criteria={props.criteria}
        />
      ) : (
        <p>{t('review.othersAfterYours')}</p>
      )}
    </>
  );
}

function StaffReview(props: {
  application: Application;
  criteria: Criterion[];
  onChanged: (a: Application) => void;
}) {
  const { t } = useTranslation();
  const { instant } = useDates();
  const { application } = props;
  return (
    <>
      <section className="card" aria-labelledby="declarations-heading">
        <h2 id="declarations-heading">{t('review.declarationsTitle')}</h2>
        {application.declarations?.length ? (
          <ul>
            {application.declarations.map((d) => (
              <li key={d.reviewerId}>
                {d.reviewerName ?? d.reviewerId}:{' '}
                {d.conflict
                  ? t('review.conflictDeclared', { reason: d.reason })
                  : t('review.noConflictShort')}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('review.noDeclarations')}</p>
        )}
      </section>
      <Scorecards
        title={t('review.scorecardsTitle')}
        scorecards={application.scorecards ?? []}
        panel={application.panel ?? null}
        criteria={props.criteria}
      />
      {application.notes && application.notes.length > 0 && (
        <section className="card" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('decision.notes')}</h2>
          <ul>
            {application.notes.map((note) => (
              <li key={note.at}>
                {note.by.name}, {instant(note.at)}: <span className="prewrap">{note.text}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DecisionForms application={application} onChanged={props.onChanged} />
    </>
  );
}
