/**
 * The front matter of a topic file, as a valibot schema. Build-time only.
 *
 * Every message names the field, because the compiler prints it next to the file and line so an
 * author can fix the file without reading code. Unknown keys are errors: a misspelt optional
 * key would otherwise be silently ignored.
 */
import * as v from 'valibot';
import { GROUP_IDS, RISKS, type Topic } from './blocks';

/** Kebab-case: lower-case letters and digits in words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Same sentence split as the readability rules, so "one sentence" means the same everywhere. */
const SENTENCE_END = /[.!?]+(?=["'”’»)\]]*(?:\s|$))/;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Characters that would be Markdown or HTML if the summary were rendered as such. */
const MARKUP = /[*_`[\]<>#|\\]/;

function isOneSentence(text: string): boolean {
  return text.split(SENTENCE_END).filter((piece) => HAS_WORD.test(piece)).length === 1;
}

function isLowerCase(text: string): boolean {
  return text === text.toLowerCase();
}

function hasNoDuplicates(items: string[]): boolean {
  return new Set(items).size === items.length;
}

/** An absolute https address with a host: the only kind a source may be (it opens in a tab). */
function isHttpsPage(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** YYYY-MM-DD and a real day (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const when = new Date(Date.UTC(year, month - 1, day));
  return when.getUTCFullYear() === year && when.getUTCMonth() === month - 1 && when.getUTCDate() === day;
}

const topicId = (field: string) =>
  v.pipe(v.string(`${field} must be text`), v.regex(KEBAB_ID, `${field} must be a kebab-case id like "saying-no"`));

export const FRONT_MATTER_FIELDS = [
  'id',
  'title',
  'summary',
  'group',
  'order',
  'risk',
  'selfHarm',
  'related',
  'keywords',
  'sources',
  'reviewed',
] as const satisfies readonly (keyof Topic)[];

export const FrontMatter = v.strictObject({
  id: topicId('id'),
  title: v.pipe(
    v.string('title must be text'),
    v.minLength(2, 'title must be at least 2 characters'),
    v.maxLength(60, 'title must be at most 60 characters'),
    v.check((title) => !/^\p{Ll}/u.test(title), 'title must be in sentence case (capital first letter)'),
    v.check((title) => !title.endsWith('.'), 'title must not end with a full stop'),
    v.check((title) => title === title.trim(), 'title must not start or end with spaces'),
  ),
  summary: v.pipe(
    v.string('summary must be text'),
    v.minLength(10, 'summary must be at least 10 characters'),
    v.maxLength(140, 'summary must be at most 140 characters'),
    v.check((summary) => !MARKUP.test(summary), 'summary must be plain text (no Markdown or HTML)'),
    v.check(isOneSentence, 'summary must be one sentence'),
  ),
  group: v.picklist(GROUP_IDS, `group must be one of: ${GROUP_IDS.join(', ')}`),
  order: v.pipe(
    v.number('order must be a whole number'),
    v.integer('order must be a whole number'),
    v.minValue(1, 'order must be between 1 and 999'),
    v.maxValue(999, 'order must be between 1 and 999'),
  ),
  risk: v.optional(v.picklist(RISKS, `risk must be one of: ${RISKS.join(', ')} (or left out)`)),
  selfHarm: v.optional(v.literal(true, 'selfHarm must be true, or left out')),
  related: v.pipe(
    v.array(topicId('each related entry'), 'related must be a list of topic ids'),
    v.minLength(1, 'related must list 1 to 4 topic ids'),
    v.maxLength(4, 'related must list 1 to 4 topic ids'),
    v.check(hasNoDuplicates, 'related must not list the same id twice'),
  ),
  keywords: v.pipe(
    v.array(
      v.pipe(
        v.string('each keyword must be text'),
        v.trim(),
        v.nonEmpty('keywords must not be empty'),
        v.check(isLowerCase, 'keywords must be lower-case'),
      ),
      'keywords must be a list of words or phrases',
    ),
    v.minLength(3, 'keywords must list 3 to 20 entries'),
    v.maxLength(20, 'keywords must list 3 to 20 entries'),
    v.check(hasNoDuplicates, 'keywords must not repeat an entry'),
  ),
  sources: v.pipe(
    v.array(
      v.pipe(
        v.string('each source must be a web address'),
        v.check(isHttpsPage, 'each source must be a full https:// address of the page the facts were checked on'),
      ),
      'sources must be a list of https:// addresses',
    ),
    v.minLength(1, 'sources must list 1 to 12 pages'),
    v.maxLength(12, 'sources must list 1 to 12 pages'),
    v.check(hasNoDuplicates, 'sources must not list the same page twice'),
  ),
  reviewed: v.pipe(
    // YAML reads an unquoted 2026-11-29 as text here (the core schema has no dates).
    v.string('reviewed must be a date like 2026-11-29'),
    v.check(isCalendarDate, 'reviewed must be a real date written YYYY-MM-DD, like 2026-11-29'),
  ),
});

/** What to write when a required field is missing, for the fields whose purpose is not obvious. */
export const MISSING_FIELD_HELP: Readonly<Partial<Record<(typeof FRONT_MATTER_FIELDS)[number], string>>> = {
  sources: 'every topic lists the 1 to 12 https:// pages its facts were checked against',
  reviewed: 'every topic says the day its facts were last checked (YYYY-MM-DD)',
};
