/**
 * The building blocks of the helpline schemas (schema.ts, translations.ts): text, links, dates,
 * ids, language tags and provenance, each with a failure message that says what to write instead.
 */
import * as v from 'valibot';

export const CONFIDENCE_LEVELS = ['High', 'Medium', 'Low'] as const;

/**
 * Labels the UI can show or filter by. A line has at least one.
 * - sexual-violence: rape, sexual assault or abuse, now or in the past
 * - domestic-abuse: abuse by a partner, ex-partner or family member
 * - young-people: made for children, teenagers or young adults
 * - crisis: emotional crisis or suicidal feelings
 * - own-behaviour: for people worried about their own behaviour (who have harmed or might harm)
 * - lgbt: made for LGBT+ people
 * - men: made for men
 * - medical: medical care and forensic examination after an assault
 * - police: run by the police (some people want to know before they make contact)
 * - directory: a list of services rather than a service itself
 */
export const HELPLINE_TAGS = [
  'sexual-violence',
  'domestic-abuse',
  'young-people',
  'crisis',
  'own-behaviour',
  'lgbt',
  'men',
  'medical',
  'police',
  'directory',
] as const;

export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A dialable value: digits with an optional leading + (E.164 allows at most 15 digits). */
export const TEL = /^\+?[0-9]{2,15}$/;
/** A number as published: digits and the usual separators. Letters (800-HOPE) are not allowed. */
export const DISPLAY = /^\+?\(?[0-9][0-9 ().\-/]*[0-9]$|^[0-9]$/;
/** A star code that only a phone's keypad can dial (Chile's *4141): a tel: link cannot carry it. */
export const STAR_CODE = /^\*[0-9]{2,8}$/;
export const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A strict object whose failures read well: unknown field, missing field, not a mapping. */
export function strict<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return `unknown field ${String(issue.received)}`;
    if (issue.expected === 'Object') return `must be a mapping of fields, got ${issue.received}`;
    return 'is required but missing';
  });
}

export const text = () =>
  v.pipe(
    v.string((issue) => `must be text (got ${issue.received})`),
    v.nonEmpty('must not be empty'),
    v.check(
      (value) => value.trim() === value,
      'must not start or end with spaces or line breaks (for long text in YAML, use >-)',
    ),
  );

export const quoted = (rule: RegExp, reason: string) =>
  v.pipe(
    v.string((issue) => `must be a quoted string, e.g. "112" (got ${issue.received})`),
    v.regex(rule, (issue) => `${reason} (got ${issue.received})`),
  );

export const httpsUrl = v.pipe(
  v.string('must be an https:// link'),
  v.check(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
      } catch {
        return false;
      }
    },
    (issue) => `must be an https:// link (got ${issue.received})`,
  ),
);

export const isoDate = v.pipe(
  v.string((issue) => `must be a date written YYYY-MM-DD (got ${issue.received})`),
  v.check(
    (value) => {
      if (!DATE.test(value)) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    (issue) => `must be a real date written YYYY-MM-DD (got ${issue.received})`,
  ),
);

export const id = v.pipe(
  v.string('must be an id in kebab-case'),
  v.regex(KEBAB_CASE, (issue) => `must be kebab-case, like "rape-crisis-scotland" (got ${issue.received})`),
);

/** Where a fact came from, when it was checked, and how sure we are. On every entry. */
export const provenance = {
  /** The page the facts came from (https only; an http source is stored as its https form). */
  source: httpsUrl,
  /** The date someone last checked the entry against the source, YYYY-MM-DD. */
  checked: isoDate,
  confidence: v.picklist(CONFIDENCE_LEVELS, (issue) => `must be one of High, Medium, Low (got ${issue.received})`),
  /** What a maintainer must verify, and where. Required when confidence is not High. */
  verify: v.optional(text()),
};

/**
 * A BCP 47 language tag in its canonical form, such as `es` or `pt-BR` (what `lang` attributes
 * and Intl.DisplayNames take).
 */
export const languageTag = v.pipe(
  v.string((issue) => `must be a language tag such as es (got ${issue.received})`),
  v.check(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value)[0] === value;
      } catch {
        return false;
      }
    },
    (issue) => `must be a language tag in its usual form, such as es or pt-BR (got ${issue.received})`,
  ),
);

/** A star code only a phone's keypad can dial: a tel: link cannot carry the star (see STAR_CODE). */
export const starCode = quoted(STAR_CODE, 'must be a star code: * and 2 to 8 digits, e.g. "*4141"');

export const emailAddress = v.pipe(
  v.string('must be an e-mail address'),
  v.regex(EMAIL, (issue) => `must be an e-mail address (got ${issue.received})`),
);
