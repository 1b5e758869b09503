import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage } from '../i18n/i18n.ts';
import { DateField, joinDay, splitDay } from './date-field.tsx';

const formValue = (name: string) => new FormData(document.querySelector('form')!).get(name);

describe('a date field', () => {
  afterEach(() => chooseLanguage('en'));

  it('asks day, month by name, then year in the page’s language, and gives the form YYYY-MM-DD', async () => {
    await chooseLanguage('fr');
    render(
      <form>
        <DateField label="Du" name="from" />
      </form>,
    );
    const group = screen.getByRole('group', { name: 'Du' });
    const labels = within(group)
      .getAllByRole('textbox')
      .concat(within(group).getAllByRole('combobox'))
      .map((control) => control.closest('label')!.firstChild!.textContent);
    expect(labels.sort()).toEqual(['Année', 'Jour', 'Mois']);
    expect(group.textContent?.indexOf('Jour')).toBeLessThan(group.textContent!.indexOf('Mois'));
    expect(group.textContent?.indexOf('Mois')).toBeLessThan(group.textContent!.indexOf('Année'));

    fireEvent.change(within(group).getByLabelText('Jour'), { target: { value: '1' } });
    fireEvent.change(within(group).getByLabelText('Mois'), { target: { value: '3' } });
    fireEvent.change(within(group).getByLabelText('Année'), { target: { value: '2027' } });
    expect(within(group).getByRole('option', { name: 'mars' })).toBeTruthy();
    expect(formValue('from')).toBe('2027-03-01');
  });

  it('shows a stored day in its parts', () => {
    render(
      <form>
        <DateField label="From" name="from" defaultValue="2027-04-15" />
      </form>,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Day').value).toBe('15');
    expect(screen.getByLabelText<HTMLSelectElement>('Month').value).toBe('4');
    expect(formValue('from')).toBe('2027-04-15');
  });

  it('sends nothing for an empty field and a failing text for a half-filled one', () => {
    expect(joinDay({ day: '', month: '', year: '' })).toBe('');
    expect(joinDay({ day: '5', month: '', year: '2027' })).toBe('2027-00-05');
    expect(splitDay('2027-03-09')).toEqual({ year: '2027', month: '3', day: '9' });
  });
});
