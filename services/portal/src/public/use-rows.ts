import { useEffect, useRef, useState } from 'react';

/**
 * The rows of a repeatable group (qualifications, availability windows), each with a stable key for its field
 * names. Focus goes to a new row's first field, and back to the "add" button after a removal.
 */
export function useRows(initial: number, max: number) {
  const next = useRef(initial);
  const [keys, setKeys] = useState(() => Array.from({ length: initial }, (_, index) => `r${index}`));
  const [focus, setFocus] = useState<string | 'add'>();
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focus === 'add') addButton.current?.focus();
    else if (focus) document.querySelector<HTMLElement>(`[data-row="${focus}"] :is(input, select)`)?.focus();
  }, [focus, keys]);

  return {
    keys,
    addButton,
    canAdd: keys.length < max,
    add() {
      const key = `r${next.current++}`;
      setKeys((previous) => [...previous, key]);
      setFocus(key);
    },
    remove(key: string) {
      setKeys((previous) => previous.filter((k) => k !== key));
      setFocus('add');
    },
  };
}

/** The keys of the rows named `<prefix>-<key>-…` in a submitted form, in the order shown. */
export function rowKeys(data: FormData, prefix: string): string[] {
  const keys = new Set<string>();
  for (const name of data.keys()) {
    const match = new RegExp(`^${prefix}-([a-z0-9]+)-`).exec(name);
    if (match) keys.add(match[1]!);
  }
  return [...keys];
}
