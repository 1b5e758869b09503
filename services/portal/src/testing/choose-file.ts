import { fireEvent } from '@testing-library/react';

/** jsdom's object behind one of its DOM objects (its own symbol `impl`). */
const implOf = (wrapper: object) => {
  const symbol = Object.getOwnPropertySymbols(wrapper).find((key) => String(key) === 'Symbol(impl)');
  if (!symbol) throw new Error('not a jsdom object');
  return (wrapper as Record<symbol, unknown>)[symbol];
};

/**
 * Chooses `file` in a file input as a person would, so that the form's FormData holds it: jsdom has no way to fill
 * an input's FileList (setting `target.files` in fireEvent reaches the event handler's `event.target.files` only).
 */
export function chooseFile(input: HTMLElement, file: File) {
  if (!(input instanceof HTMLInputElement) || !input.files) throw new Error('not a file input');
  (implOf(input.files) as unknown[]).push(implOf(file));
  fireEvent.change(input);
}
