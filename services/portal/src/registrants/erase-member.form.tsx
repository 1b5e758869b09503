import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { erasureApi, erasureReasons, isErasureReason } from '../erasure/erasure.api.ts';
import { ChoiceField, optionsOf, TextAreaField } from '../ui/field.tsx';
import { ActionForm } from '../ui/action-form.tsx';
import { check, useFormAction } from '../ui/use-form-action.ts';

/** What the erasure page reads from the history state: it was just done here. */
export interface ErasedState {
  justErased?: boolean;
}

const maxNote = 500;

/**
 * Staff erase a person on request (ADR 11): first a button, then the form with the reason, an optional note on
 * how the request came in, and what it does. After it, the certificate: `/registrants/:id/erasure`.
 */
export function EraseMember({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const erase = useFormAction(async (data) => {
    const reason = data.get('reason');
    const note = String(data.get('note') ?? '').trim();
    check({
      reason: !isErasureReason(reason) && t('erasure.validation.reason'),
      note: note.length > maxNote && t('erasure.validation.note', { max: maxNote }),
    });
    if (!isErasureReason(reason)) return;
    await erasureApi.erase(memberId, reason, note || undefined);
    const state: ErasedState = { justErased: true };
    await navigate(`/registrants/${encodeURIComponent(memberId)}/erasure`, { state });
  });

  return (
    <section className="card card--danger" aria-labelledby="erase-heading">
      <h2 id="erase-heading" ref={heading} tabIndex={-1}>
        {t('erasure.title')}
      </h2>
      <p>{t('erasure.intro')}</p>
      {!open ? (
        <button ref={opener} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('erasure.action')}
        </button>
      ) : (
        <ActionForm
          form={erase}
          label={t('erasure.form')}
          submit={t('erasure.submit')}
          submitClassName="button button--danger"
          intro={<p className="alert alert--error">{t('erasure.warning')}</p>}
          cancel={
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          }
        >
          <ChoiceField
            label={t('erasure.reason')}
            name="reason"
            options={optionsOf(erasureReasons, (reason) => t(`erasure.reasons.${reason}`))}
          />
          <TextAreaField
            label={t('erasure.note')}
            hint={t('erasure.noteHint')}
            name="note"
            rows={3}
            maxLength={maxNote}
          />
        </ActionForm>
      )}
    </section>
  );
}
