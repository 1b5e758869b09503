import { useTranslation } from 'react-i18next';
import { FormFrame } from '../ui/action-form.tsx';
import { useQuery } from '../api/use-query.ts';
import { LoadError, Loading } from '../ui/status.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';
import { selectionApi, type Tor } from './selection.api.ts';
import { useState } from 'react';
import { CheckboxGroup } from '../ui/checkbox-group.tsx';

interface ReviewerAccount {
  id: string;
  name: string;
  email: string;
}

/** The programme manager picks the ToR's reviewers among the TWG members, and whether they review blind. */
export function PanelEditor(props: { tor: Tor; onChanged: (tor: Tor) => void }) {
  const { t } = useTranslation();
  const { tor } = props;
  const { data, error, reload } = useQuery<{ items: ReviewerAccount[] }>(selectionApi.reviewers);
  const [saved, setSaved] = useState(false);
  const form = useFormAction(async (input) => {
    setSaved(false);
    const chosen = new Set(input.getAll('reviewers').map(String));
    const reviewers = (data?.items ?? [])
      .filter((r) => chosen.has(r.id))
      .map(({ id, name }) => ({ id, name }));
    check({ reviewers: reviewers.length === 0 && t('validation.reviewers') });
    props.onChanged(await selectionApi.setPanel(tor.id, { reviewers, blind: input.get('blind') === 'on' }));
    setSaved(true);
  });
  const current = new Set(tor.panel.reviewers.map((r) => r.id));
  return (
    <section className="card" aria-labelledby="panel-heading">
      <h2 id="panel-heading">{t('panel.title')}</h2>
      <p>{t('panel.intro')}</p>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data ? (
        !error && <Loading />
      ) : (
        <FormFrame form={form} label={t('panel.title')}>
          <div role="status">{saved && <p className="notice notice--success">{t('panel.saved')}</p>}</div>
          <CheckboxGroup
            legend={t('panel.reviewers')}
            name="reviewers"
            options={data.items.map((reviewer) => ({
              value: reviewer.id,
              label: `${reviewer.name} (${reviewer.email})`,
            }))}
            defaultChecked={[...current]}
            hint={data.items.length === 0 ? t('panel.noReviewers') : undefined}
            error={form.fieldErrors.reviewers}
          />
          <label className="checkbox">
            <input type="checkbox" name="blind" defaultChecked={tor.panel.blind} />
            {t('panel.blind')}
          </label>
          <p className="field__hint">{t('panel.blindHint')}</p>
          <div className="actions">
            <button type="submit" className="button" aria-disabled={form.pending || undefined}>
              {t('panel.save')}
            </button>
            <button type="button" className="button button--secondary" onClick={reload}>
              {t('panel.reload')}
            </button>
          </div>
        </FormFrame>
      )}
    </section>
  );
}
