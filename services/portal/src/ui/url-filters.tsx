import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SelectField } from './field.tsx';

export interface UrlFilter {
  /** The search parameter it sets. */
  name: string;
  label: string;
  /** The empty choice: no filter. */
  all: string;
  options: readonly { value: string; label: string }[];
}

/**
 * A list's filters, kept in the address (a filtered list can be bookmarked and shared): each a choice among
 * known values; applying one sets only the parameters chosen.
 */
export function UrlFilters(props: { label: string; filters: readonly UrlFilter[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <form
      className="filters"
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const chosen = props.filters.flatMap(({ name, options }) => {
          const value = form.get(name);
          return options.some((option) => option.value === value) ? [[name, String(value)]] : [];
        });
        setParams(Object.fromEntries(chosen));
      }}
    >
      {props.filters.map((filter) => (
        <SelectField
          key={filter.name}
          label={filter.label}
          name={filter.name}
          defaultValue={params.get(filter.name) ?? ''}
        >
          <option value="">{filter.all}</option>
          {filter.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      ))}
      <button type="submit" className="button button--secondary">
        {t('common.filter')}
      </button>
    </form>
  );
}
