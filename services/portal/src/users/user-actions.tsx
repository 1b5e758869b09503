import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types.ts';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { FormAlert } from '../ui/form-alert.tsx';
import { useFormAction } from '../ui/use-form-action.ts';
import { usersApi } from './users.api.ts';

/** One button that calls the API, with its own error and confirmation. */
function Action(props: {
  heading: string;
  text: string;
  button: string;
  done: string;
  run: () => Promise<void>;
}) {
  const [done, setDone] = useState(false);
  const id = useId();
  const form = useFormAction(async () => {
    setDone(false);
    await props.run();
    setDone(true);
  });
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{props.heading}</h2>
      <p>{props.text}</p>
      <form ref={form.ref} aria-label={props.button} onSubmit={form.onSubmit}>
        <FormAlert error={form.error} />
        <div role="status">{done && <p className="notice notice--success">{props.done}</p>}</div>
        <button type="submit" className="button button--secondary" aria-disabled={form.pending || undefined}>
          {props.button}
        </button>
      </form>
    </section>
  );
}

/** Resending the invitation while it is pending; ending every session once the account is in use. */
export function UserActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const can = useAllows();
  const vars = { name: user.name, email: user.email };
  return (
    <div className="cards">
      {user.status === 'invited' && can(access.resendInvitation) && (
        <Action
          heading={t('userActions.invitation.heading')}
          text={t('userActions.invitation.text', vars)}
          button={t('userActions.invitation.button')}
          done={t('userActions.invitation.done', vars)}
          run={() => usersApi.resendInvitation(user.id)}
        />
      )}
      {user.status !== 'invited' && can(access.revokeSessions) && (
        <Action
          heading={t('userActions.sessions.heading')}
          text={t('userActions.sessions.text', vars)}
          button={t('userActions.sessions.button')}
          done={t('userActions.sessions.done', vars)}
          run={() => usersApi.revokeSessions(user.id)}
        />
      )}
    </div>
  );
}
