import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const storageKey = 'ikiraro.invitation-token';

function stored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // Storage disabled: the token lasts as long as the page.
  }
}

function store(token: string | null) {
  try {
    if (token) localStorage.setItem(storageKey, token);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage disabled: see above.
  }
}

/**
 * The invitation token of the mailed link (`?token=`), kept on this phone and taken out of the address (as the
 * trainee pages keep their code), so that the team page opens again without the e-mail; `forget` for a shared phone.
 */
export function useInvitationToken() {
  const [params, setParams] = useSearchParams();
  const linked = params.get('token');
  const [kept, setKept] = useState<string | null>(stored);
  useEffect(() => {
    if (!linked) return;
    store(linked);
    setKept(linked);
    setParams({}, { replace: true });
  }, [linked, setParams]);
  const forget = useCallback(() => {
    store(null);
    setKept(null);
  }, []);
  return { token: linked ?? kept, forget };
}
