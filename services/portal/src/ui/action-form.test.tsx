import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionForm } from './action-form.tsx';
import { ChoiceField, optionsOf, TextField } from './field.tsx';
import { check, useFormAction } from './use-form-action.ts';

function Form() {
  const form = useFormAction(async (data) => {
    check({ colour: !data.get('colour') && 'Choose a colour' });
  });
  return (
    <ActionForm form={form} label="Paint" submit="Paint it">
      <TextField label="Wall" name="wall" />
      <ChoiceField
        label="Colour"
        name="colour"
        options={optionsOf(['red', 'blue'], (colour) => colour.toUpperCase())}
      />
    </ActionForm>
  );
}

describe('an action form', () => {
  it('shows each field the message its check gave for the field’s name', async () => {
    render(<Form />);
    fireEvent.click(screen.getByRole('button', { name: 'Paint it' }));

    const colour = await screen.findByRole('combobox', { name: 'Colour', description: 'Choose a colour' });
    expect(colour.getAttribute('aria-invalid')).toBe('true');
    const wall = screen.getByRole('textbox', { name: 'Wall' });
    expect(wall.getAttribute('aria-invalid')).toBeNull();
    expect(wall.getAttribute('aria-describedby')).toBeNull();
  });

  it('starts a choice on an empty, required “Choose…” before the options', () => {
    render(<Form />);
    const colour = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Colour' });
    expect(colour.required).toBe(true);
    expect(colour.value).toBe('');
    expect([...colour.options].map((option) => [option.value, option.text])).toEqual([
      ['', 'Choose…'],
      ['red', 'RED'],
      ['blue', 'BLUE'],
    ]);
  });
});
