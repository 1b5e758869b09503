import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@ikiraro/messaging';
import { CATEGORIES, type Category } from './categories.ts';

/** A person's choices: the optional categories they switched off, and when and how each choice was made. */
export interface Preferences {
  optedOut: Category[];
  trail: { at: string; category: Category; subscribed: boolean; via: 'preferences' | 'one-click' }[];
}
export const PREFERENCES = 'preferences';

/** Kept as an aggregate (`_id`: the person): every change a new version, so the record of choices is whole. */
@Injectable()
export class PreferencesStore {
  private readonly aggregate;

  constructor(store: AggregateStore) {
    this.aggregate = store.of<Preferences>(PREFERENCES);
  }

  async of(person: string): Promise<Preferences> {
    return (await this.aggregate.load(person))?.state ?? { optedOut: [], trail: [] };
  }

  async allows(person: string, category: Category): Promise<boolean> {
    if (!CATEGORIES[category].optional) return true;
    return !(await this.of(person)).optedOut.includes(category);
  }

  /** Sets the categories switched off (optional ones only; the caller checked them). */
  async choose(person: string, optedOut: readonly Category[], via: Preferences['trail'][number]['via']) {
    const at = new Date().toISOString();
    await this.aggregate.change(person, (current) => {
      const before = current?.state ?? { optedOut: [], trail: [] };
      const changes = (Object.keys(CATEGORIES) as Category[])
        .filter((c) => before.optedOut.includes(c) !== optedOut.includes(c))
        .map((category) => ({ at, category, subscribed: !optedOut.includes(category), via }));
      return { state: { optedOut: [...optedOut].sort(), trail: [...before.trail, ...changes] }, events: [] };
    });
  }
}
