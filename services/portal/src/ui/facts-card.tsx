import { type ReactNode, useId } from 'react';

/** A card of a record's facts under its heading; `children` are the `<dt>` and `<dd>` pairs. */
export function FactsCard(props: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      <dl className="facts">{props.children}</dl>
    </section>
  );
}
