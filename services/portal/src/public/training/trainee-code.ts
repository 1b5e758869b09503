import { useCallback, useState } from 'react';

const storageKey = 'ikiraro.trainee-code';
const alphabet = /^[A-HJ-NP-Z2-9]{10}$/;

/** A typed code as the training service reads it: upper case, without the spaces or dashes people add. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

/** Ten letters and digits of the codes' alphabet (no 0/O, no 1/I). */
export const isTraineeCode = (code: string) => alphabet.test(code);

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // Storage disabled: the code lasts as long as the page.
  }
}

function store(code: string | null) {
  try {
    if (code) localStorage.setItem(storageKey, code);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage disabled: see above.
  }
}

/**
 * The personal code this phone keeps, so that a trainee types it once; `keep` after typing it or opening their
 * link, `forget` for "not you?" (a shared phone) or a code the service does not know.
 */
export function useTraineeCode() {
  const [code, setCode] = useState<string | null>(stored);
  const keep = useCallback((next: string) => {
    const normal = normaliseCode(next);
    store(normal);
    setCode(normal);
  }, []);
  const forget = useCallback(() => {
    store(null);
    setCode(null);
  }, []);
  return { code, keep, forget };
}
