import type { Aggregate, AggregateStore } from '@ikiraro/messaging';
import { programmeCodes } from '@ikiraro/programme';

/**
 * A feature's figures per host IPRC, an aggregate each: every event counted by one change (so a redelivery
 * changes nothing), every IPRC of the programme answered (`none` for one no event has come from yet).
 */
export class IprcFigures<S extends object> {
  private readonly figures: Aggregate<S>;

  constructor(
    store: AggregateStore,
    name: string,
    private readonly none: () => S,
  ) {
    this.figures = store.of<S>(name);
  }

  /** Counts an event into its IPRC's figures. */
  count(iprc: string, next: (state: S) => S) {
    return this.figures.change(iprc, (current) => ({
      state: next(current?.state ?? this.none()),
      events: [],
    }));
  }

  async byIprc(): Promise<Record<string, S>> {
    const iprcs = programmeCodes('institutions');
    const loaded = await this.figures.loadMany(iprcs);
    return Object.fromEntries(iprcs.map((code) => [code, loaded.get(code)?.state ?? this.none()]));
  }
}
