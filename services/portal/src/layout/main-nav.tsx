import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { access } from '../auth/access.ts';
import { useAllows } from '../auth/use-session.ts';
import { placementAccess } from '../placements/placements.api.ts';
import { cascadeAccess } from '../cascade/cascade.api.ts';
import { certificateAccess } from '../certificates/certificates.api.ts';
import { trainingAccess } from '../training/training.api.ts';
import { fundingAccess } from '../funding/funding.api.ts';
import { investorAccess } from '../public/pitch/pitch.api.ts';
import { logframeAccess } from '../logframe/logframe.api.ts';

/** Every page a user may see, in order; an item shows only when the policy allows its route. */
const items = [
  { to: '/', label: 'nav.dashboard', rule: access.dashboard, end: true },
  { to: '/campaigns', label: 'nav.campaigns', rule: access.campaigns, end: false },
  { to: '/registrants', label: 'nav.registrants', rule: access.registrants, end: false },
  { to: '/import', label: 'nav.import', rule: access.importDryRun, end: false },
  { to: '/tors', label: 'nav.tors', rule: access.tors, end: false },
  { to: '/balance', label: 'nav.balance', rule: access.balance, end: false },
  { to: '/placements', label: 'nav.placements', rule: placementAccess.board, end: false },
  { to: '/tots', label: 'training.nav', rule: trainingAccess.tots, end: false },
  { to: '/certificates', label: 'certificates.nav', rule: certificateAccess.list, end: false },
  { to: '/cascade', label: 'cascade.nav', rule: cascadeAccess.overview, end: false },
  { to: '/funding/calls', label: 'funding.nav', rule: fundingAccess.calls, end: false },
  { to: '/investor/matches', label: 'pitch.nav', rule: investorAccess.matches, end: false },
  { to: '/logframe', label: 'logframe.nav', rule: logframeAccess.read, end: false },
  { to: '/messages', label: 'nav.messages', rule: access.messages, end: false },
  { to: '/webhooks', label: 'nav.webhooks', rule: access.webhooks, end: false },
  { to: '/users', label: 'nav.users', rule: access.users, end: false },
] as const;

/** The main navigation; on narrow screens it folds behind a Menu button. */
export function MainNav() {
  const { t } = useTranslation();
  const can = useAllows();
  const [open, setOpen] = useState(false);
  const listId = useId();
  return (
    <nav className="nav" aria-label={t('nav.label')} data-open={open}>
      <button
        type="button"
        className="nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('nav.menu')}
      </button>
      <ul id={listId} className="nav__list">
        {items
          .filter((item) => can(item.rule))
          .map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} onClick={() => setOpen(false)}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
