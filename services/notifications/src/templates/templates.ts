import { readFileSync } from 'node:fs';
import Mustache from 'mustache';
import { parse } from 'yaml';
import type { Facts } from '../policy/rule.ts';

/** A message as it goes out: the same words as plain text and as HTML. */
export interface Message {
  subject: string;
  text: string;
  html: string;
}

/** What a template is rendered with: the event's facts, the recipient's first name, the links. */
export type View = Facts & { firstName: string; links: Record<string, string> };

interface Template {
  subject: string;
  body: string;
}
interface Footer {
  optional: string;
  always: string;
  categories: Record<string, string>;
  signature: string;
}

const file = (name: string) => new URL(`${name}.yaml`, import.meta.url);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The message templates (`<name>.yaml`: for each public language a subject and a body, Mustache), read and checked
 * once at start: a template missing a language, or one the policy names that does not exist, stops the service.
 * Values are written as they are (no HTML escaping in the text); the HTML part is the text, escaped, its
 * paragraphs and links marked up. A `YYYY-MM-DD` value is written as a date in the recipient's language, a UTC
 * instant as a date and time (the template says "UTC").
 */
export class Templates {
  private readonly templates = new Map<string, Record<string, Template>>();
  private readonly footer: Record<string, Footer>;

  constructor(
    names: readonly string[],
    private readonly languages: readonly string[],
  ) {
    this.footer = this.read<Footer>('_footer', ['optional', 'always', 'signature']);
    for (const name of new Set(names))
      this.templates.set(name, this.read<Template>(name, ['subject', 'body']));
  }

  /** The message `name` for one recipient; throws when the view lacks a value the template writes. */
  render(name: string, locale: string, view: View, category: { code: string; optional: boolean }): Message {
    const language = this.languages.includes(locale) ? locale : this.languages[0]!;
    const template = this.templates.get(name)?.[language];
    if (!template) throw new Error(`no template ${name}`);
    const footer = this.footer[language]!;
    const values = localised(view, language);
    const write = (text: string) => {
      const missing = missingIn(Mustache.parse(text), [values]);
      if (missing)
        throw new Error(`template ${name} (${language}) needs ${missing}, which the event did not give`);
      return Mustache.render(text, values, {}, { escape: String });
    };
    const category$ = { ...values, category: footer.categories[category.code] ?? category.code };
    const note = category.optional
      ? Mustache.render(footer.optional, category$, {}, { escape: String })
      : footer.always;
    const text = `${write(template.body).trim()}\n\n${footer.signature}\n\n-- \n${note}\n`;
    return { subject: write(template.subject).trim(), text, html: htmlOf(text, language) };
  }

  private read<T>(name: string, keys: readonly string[]): Record<string, T> {
    const parsed = parse(readFileSync(file(name), 'utf8')) as Record<string, Record<string, unknown>>;
    for (const language of this.languages)
      for (const key of keys)
        if (typeof parsed?.[language]?.[key] !== 'string')
          throw new Error(`templates/${name}.yaml: ${language}.${key} is missing`);
    return parsed as Record<string, T>;
  }
}

/**
 * The first name a template reads (`tor.title`, `links.preferences`, a section's `tasks`) that the view lacks;
 * inside a section, for each record of its list, looked up as Mustache does: in the record, then around it.
 */
function missingIn(tokens: Mustache.TemplateSpans, contexts: readonly unknown[]): string | undefined {
  for (const [kind, name, , , inner] of tokens) {
    if (kind !== 'name' && kind !== '&' && kind !== '#' && kind !== '^') continue;
    const value = lookupIn(contexts, name);
    if (value === undefined) return name;
    if (kind === '^' && !(Array.isArray(value) ? value.length > 0 : value)) {
      const missing = missingIn(inner as Mustache.TemplateSpans, contexts);
      if (missing) return missing;
    }
    if (kind !== '#') continue;
    const items = Array.isArray(value) ? value : value ? [value] : [];
    for (const item of items) {
      const missing = missingIn(inner as Mustache.TemplateSpans, [item, ...contexts]);
      if (missing) return missing;
    }
  }
  return undefined;
}

const lookup = (view: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], view);

/** A name's value in the innermost context whose record has its first part (`.` is the record itself). */
const lookupIn = (contexts: readonly unknown[], path: string): unknown => {
  if (path === '.') return contexts[0];
  const head = path.split('.')[0]!;
  const context = contexts.find((c) => c !== null && typeof c === 'object' && head in c);
  return context === undefined ? undefined : lookup(context, path);
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** The view with each `YYYY-MM-DD` written as a long date in the language, each UTC instant as a date and time. */
function localised<T>(value: T, language: string): T {
  if (typeof value === 'string' && DAY.test(value))
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    ) as T;
  if (typeof value === 'string' && INSTANT.test(value))
    return new Intl.DateTimeFormat(language, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(value)) as T;
  if (Array.isArray(value)) return value.map((v) => localised(v, language)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localised(v, language)])) as T;
  return value;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The text as HTML: each paragraph a `<p>`, each link an `<a>`, everything else escaped. */
function htmlOf(text: string, language: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => escapeHtml(p).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`))
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`);
  return `<!doctype html><html lang="${language}"><body>${paragraphs.join('\n')}</body></html>\n`;
}
