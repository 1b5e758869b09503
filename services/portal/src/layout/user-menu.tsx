import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { session } from '../api/session.ts';
import type { User } from '../api/types.ts';

/** The signed-in user's name, opening on who they are and how to sign out (a disclosure, not an ARIA menu). */
export function UserMenu({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  const signOut = async () => {
    // The session ends in this tab (and the others) even when the gateway cannot be reached.
    await session.signOut().catch(() => undefined);
    await navigate('/sign-in', { replace: true });
  };

  return (
    <div className="user-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="visually-hidden">{t('userMenu.label')} </span>
        <span className="user-menu__name">{user.name}</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <p>
          {t('userMenu.signedInAs')}
          <br />
          <strong className="user-menu__email">{user.email}</strong>
        </p>
        <button type="button" className="button button--secondary" onClick={() => void signOut()}>
          {t('userMenu.signOut')}
        </button>
      </div>
    </div>
  );
}
