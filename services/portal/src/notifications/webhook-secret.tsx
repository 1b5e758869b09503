import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A subscription's signing secret, as the API answers it once (on creation and rotation): shown here, with a
 * copy button, and never again (it lives only in this page's state).
 */
export function WebhookSecret({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string>();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(t('webhookSecret.copied'));
    } catch {
      // No clipboard (an insecure origin, a denied permission): the secret is on screen to select by hand.
      setCopied(t('webhookSecret.copyFailed'));
    }
  };
  return (
    <section className="card card--notice" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('webhookSecret.title')}</h2>
      <p>{t('webhookSecret.text')}</p>
      <p>
        <code className="secret">{secret}</code>
      </p>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('webhookSecret.copy')}
      </button>
      <p role="status">{copied}</p>
    </section>
  );
}
