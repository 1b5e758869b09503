import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localised } from '../../funding/funding-problem.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { EmailField, FormFrame } from '../../ui/action-form.tsx';
import { TextField } from '../../ui/field.tsx';
import { Page } from '../../ui/page.tsx';
import { check, useFormAction } from '../../ui/use-form-action.ts';
import { InterestsFields, readInterests } from './interests-fields.tsx';
import { investorTermsVersion, pitchApi } from './pitch.api.ts';

/** `/invest`: an organisation signs up to hear of pilot projects; nothing counts until the e-mailed link is followed. */
export function InvestPage() {
  const { t } = useTranslation();
  const [sent, setSent] = useState<string>();
  const form = useFormAction(async (data) => {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const interests = readInterests(data, t);
    check({
      organisation: !text('organisation') && t('pitch.invest.organisationRequired'),
      name: !text('name') && t('pitch.invest.nameRequired'),
      email: !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text('email')) && t('pitch.invest.emailInvalid'),
      ...interests.errors,
      terms: data.get('terms') !== 'yes' && t('pitch.invest.termsRequired'),
    });
    try {
      await pitchApi.signUp({
        organisation: text('organisation'),
        name: text('name'),
        email: text('email'),
        locale: currentLanguage(),
        interests: interests.value,
        consent: { terms: true, version: investorTermsVersion },
      });
    } catch (failure) {
      throw localised(failure, 'pitch');
    }
    setSent(text('email'));
  });
  return (
    <Page title={t('pitch.invest.title')}>
      <p className="lead">{t('pitch.invest.intro')}</p>
      {sent ? (
        <section className="card notice--success" aria-labelledby="invest-sent">
          <h2 id="invest-sent">{t('pitch.invest.sentTitle')}</h2>
          <p>{t('pitch.invest.sent', { email: sent })}</p>
        </section>
      ) : (
        <FormFrame form={form} label={t('pitch.invest.form')} className="form form--public">
          <TextField
            name="organisation"
            label={t('pitch.invest.organisation')}
            autoComplete="organization"
            required
            maxLength={200}
          />
          <TextField
            name="name"
            label={t('pitch.invest.contact')}
            autoComplete="name"
            required
            maxLength={200}
          />
          <EmailField label={t('pitch.invest.email')} autoComplete="email" maxLength={254} />
          <InterestsFields errors={form.fieldErrors} />
          <fieldset className={form.fieldErrors.terms ? 'group field--invalid' : 'group'}>
            <legend>{t('pitch.invest.termsLegend')}</legend>
            <p id="investor-terms">{t('pitch.invest.terms')}</p>
            <p className="field__hint">{t('pitch.invest.termsVersion', { version: investorTermsVersion })}</p>
            {form.fieldErrors.terms && <p className="field__error">{form.fieldErrors.terms}</p>}
            <label className="checkbox checkbox--top">
              <input
                type="checkbox"
                name="terms"
                value="yes"
                aria-describedby="investor-terms"
                aria-invalid={form.fieldErrors.terms ? true : undefined}
              />
              {t('pitch.invest.accept')}
            </label>
          </fieldset>
          <button type="submit" className="button button--wide" aria-disabled={form.pending || undefined}>
            {t('pitch.invest.submit')}
          </button>
        </FormFrame>
      )}
    </Page>
  );
}
