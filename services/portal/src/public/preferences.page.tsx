import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiProblem } from '../api/http.ts';
import { useQuery } from '../api/use-query.ts';
import { ActionForm } from '../ui/action-form.tsx';
import { Page } from '../ui/page.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { useFormAction } from '../ui/use-form-action.ts';
import { type CategoryChoice, optedOutOf, type Preferences, preferencesApi } from './preferences.api.ts';

/**
 * `/preferences?token=…`: the link at the bottom of every message. Each optional category has its switch; the
 * others (security, legal) are listed as always sent. No account: the link's token is the person's only proof.
 */
export function PreferencesPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token');
  if (!token) return <InvalidLink text={t('public.preferences.missing')} />;
  return <SignedPreferences token={token} />;
}

function SignedPreferences({ token }: { token: string }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const { data, error, reload, update } = useQuery<Preferences>(preferencesApi.key(token), {
    load: preferencesApi.load(token),
  });
  const [saved, setSaved] = useState(false);
  const form = useFormAction(async (values) => {
    setSaved(false);
    const subscribed = values.getAll('subscribed').map(String);
    const answer = await preferencesApi.choose(token, optedOutOf(data?.categories ?? [], subscribed));
    update(() => answer);
    setSaved(true);
  });
  if (error instanceof ApiProblem && error.code === 'preferences.link_invalid')
    return <InvalidLink text={t('errors.preferences.link_invalid')} />;
  if (!data) return error ? <LoadError error={error} onRetry={reload} /> : <Loading />;
  const optional = data.categories.filter((category) => category.optional);
  const always = data.categories.filter((category) => !category.optional);
  return (
    <Page title={t('public.preferences.title')}>
      <p>{t('public.preferences.intro')}</p>
      <ActionForm
        form={form}
        label={t('public.preferences.form')}
        submit={t('public.preferences.save')}
        onChange={() => setSaved(false)}
      >
        <fieldset className="field">
          <legend>{t('public.preferences.optional')}</legend>
          {optional.map((category) => (
            <Switch key={`${category.code}:${category.subscribed}`} category={category} />
          ))}
        </fieldset>
      </ActionForm>
      <div role="status">
        {saved && <p className="notice notice--success">{t('public.preferences.saved')}</p>}
      </div>
      <section className="card" aria-labelledby="always-heading">
        <h2 id="always-heading">{t('public.preferences.always')}</h2>
        <p>{t('public.preferences.alwaysIntro')}</p>
        <ul className="plain-list">
          {always.map((category) => (
            <li key={category.code}>{categoryName(category.code)}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

/** One optional category: a switch, on while the person receives it, with what it holds. */
function Switch({ category }: { category: CategoryChoice }) {
  const { t } = useTranslation();
  const hintId = `preference-${category.code}-hint`;
  const categoryName = useCategoryName();
  const hint = t(`public.preferences.hints.${category.code}`, { defaultValue: '' });
  return (
    <div className="switch">
      <label className="checkbox">
        <input
          type="checkbox"
          role="switch"
          name="subscribed"
          value={category.code}
          defaultChecked={category.subscribed}
          aria-describedby={hint ? hintId : undefined}
        />
        {categoryName(category.code)}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A category's name; one that notifications added before the portal knew it shows as its code. */
function useCategoryName() {
  const { t } = useTranslation();
  return (code: string) => t(`public.preferences.categories.${code}`, { defaultValue: code });
}

function InvalidLink({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('public.preferences.invalidTitle')}>
      <div role="alert" className="alert alert--error">
        <p>{text}</p>
      </div>
    </Page>
  );
}
