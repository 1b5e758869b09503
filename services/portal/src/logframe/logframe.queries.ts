import { screen, within } from '@testing-library/react';
import type { Answers } from '../testing/render-at.tsx';
import { signInAs as signInAsStaff } from '../testing/sign-in.ts';
import { logframe, logframeProgramme } from './logframe.fixture.ts';

/* What the logframe's tests share: signing in with the stand-in gateway answering the logframe, and the queries
   that read its cards. */

export const signInAs = (roles: string[], answers: Answers = {}) =>
  signInAsStaff(roles, { '/programme': logframeProgramme, '/logframe': logframe(), ...answers });

/** An indicator's card, by its code and title. */
export const card = (name: string) => screen.findByRole('article', { name });

/** A card's facts as `term: figure` lines. */
export const factsOf = (article: HTMLElement) =>
  [...article.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);

/** The row headers of a table's body. */
export const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);
