import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from './status.tsx';

/**
 * A list's search form whose filters live in the page's address, so that a result can be bookmarked, shared and
 * reloaded: submitting puts each field's trimmed value in the address, the empty ones left out. The fields show the
 * address's filters as their default values, and are shown again when the address changes.
 */
export function AddressSearch(props: { label: string; submit: string; children: ReactNode }) {
  const [params, setParams] = useSearchParams();
  return (
    <form
      key={params.toString()}
      className="filters filters--wide"
      role="search"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = [...new FormData(event.currentTarget)].flatMap(([name, value]) => {
          const text = typeof value === 'string' ? value.trim() : '';
          return text ? [[name, text]] : [];
        });
        setParams(Object.fromEntries(chosen));
      }}
    >
      {props.children}
      <div className="actions filters__actions">
        <button type="submit" className="button">
          {props.submit}
        </button>
      </div>
    </form>
  );
}

/**
 * A searched list's answer: its problem with a way to try again, the answer (what was shown stays while the next
 * search loads), or that it is loading.
 */
export function SearchResult<T>(props: {
  query: { data?: T; error?: unknown; loading: boolean; reload: () => void };
  children: (data: T) => ReactNode;
}) {
  const { data, error, loading, reload } = props.query;
  return (
    <>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      <div aria-busy={loading}>{data ? props.children(data) : !error && <Loading />}</div>
    </>
  );
}
