import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { type Block, plainText } from '../content/topics/blocks';
import { compileTopic, loadAllLanguages, loadTopics } from '../content/topics/compile';
import { countSentences, gradeLimit, readingGrade } from '../content/topics/readability';
import { easeLimit } from '../content/topics/readabilityEs';

// ─── Fixtures ───────────────────────────────────────────────────────────────────────────────────

interface Fields {
  id: string;
  title: string;
  summary: string;
  group: string;
  order: string;
  related: string;
  keywords: string;
  sources: string;
  reviewed: string;
}

/**
 * A topic file with one field per line, so line numbers are fixed: id on line 2 … keywords on
 * line 8, sources on 9, reviewed on 10, an `extra` line on 11, and the body on the line after the
 * closing "---" (12 by default).
 */
function topicSource(id: string, options: Partial<Fields> & { extra?: string; body?: string } = {}): string {
  const { extra, body = 'Some text.', ...overrides } = options;
  const fields: Fields = {
    id,
    title: `About ${id}`,
    summary: 'A short summary for tests.',
    group: 'basics',
    order: '1',
    related: '[a-basic]',
    keywords: '[one, two, three]',
    sources: '[https://www.nhs.uk/a]',
    reviewed: '2026-11-29',
    ...overrides,
  };
  // An empty value leaves the field out.
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, ...(extra === undefined ? [] : [extra]), '---', body, ''].join('\n');
}

/** A valid language: one topic per group, linked to each other. */
const VALID_SET: Readonly<Record<string, string>> = {
  'a-basic.md': topicSource('a-basic', { related: '[b-talk]', body: 'Read [the next one](topic:b-talk).' }),
  'b-talk.md': topicSource('b-talk', { group: 'talking' }),
  'c-hard.md': topicSource('c-hard', { group: 'hard-times' }),
  'd-support.md': topicSource('d-support', { group: 'support' }),
  'e-guide.md': topicSource('e-guide', { group: 'this-guide' }),
  'f-wrong.md': topicSource('f-wrong', { group: 'something-wrong', extra: 'risk: abuse' }),
};

/** A sixth topic (basics, order 2) with one thing wrong, added to the valid set. */
function withBad(options: Parameters<typeof topicSource>[1]): Record<string, string> {
  return { 'x-bad.md': topicSource('x-bad', { order: '2', ...options }) };
}

/** null removes a file of the valid set. */
type FolderChanges = Record<string, string | null>;

function writeLanguage(root: string, language: string, changes: FolderChanges): void {
  const dir = path.join(root, language);
  mkdirSync(dir, { recursive: true });
  for (const [name, source] of Object.entries({ ...VALID_SET, ...changes })) {
    if (source !== null) writeFileSync(path.join(dir, name), source);
  }
}

function caught(action: () => unknown): ContentError {
  try {
    action();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but nothing was thrown');
}

let root = '';

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pocket-guide-topics-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

// ─── Failures ───────────────────────────────────────────────────────────────────────────────────

interface FailureCase {
  kind: string;
  en?: FolderChanges;
  /** A second language folder, for the cross-language check. */
  fr?: FolderChanges;
  /** The file (or folder) the error names, relative to the temporary content/topics/. */
  file: string;
  where?: string;
  reason: string;
  /** The reason is the whole of the error's reason, not only its start. */
  exactly?: true;
}

const FAILURES: FailureCase[] = [
  {
    kind: 'missing front matter',
    en: { 'x-bad.md': '# Hello\n\nSome text.\n' },
    file: 'en/x-bad.md',
    where: 'line 1:1',
    reason: 'missing front matter',
  },
  {
    kind: 'YAML syntax error',
    en: withBad({ title: 'Colons: like: this' }),
    file: 'en/x-bad.md',
    where: 'line 3:8',
    reason: 'front matter is not valid YAML',
  },
  {
    kind: 'unknown key',
    en: withBad({ extra: 'colour: red' }),
    file: 'en/x-bad.md',
    where: 'line 11:1',
    reason: 'unknown field "colour"',
  },
  {
    kind: 'id not equal to the file name',
    en: { 'x-bad.md': topicSource('x-other', { order: '2' }) },
    file: 'en/x-bad.md',
    where: 'line 2:5',
    reason: 'id "x-other" must equal the file name "x-bad"',
  },
  {
    kind: 'bad group',
    en: withBad({ group: 'basic' }),
    file: 'en/x-bad.md',
    where: 'line 5:8',
    reason: 'group must be one of: something-wrong, basics, talking, hard-times, support, this-guide',
  },
  {
    kind: 'a source that is not https',
    en: withBad({ sources: '[http://www.nhs.uk/a]' }),
    file: 'en/x-bad.md',
    where: 'line 9:11',
    reason: 'each source must be a full https:// address',
  },
  {
    kind: 'a source that is not an address',
    en: withBad({ sources: '[nhs.uk]' }),
    file: 'en/x-bad.md',
    where: 'line 9:11',
    reason: 'each source must be a full https:// address',
  },
  {
    kind: 'an empty list of sources',
    en: withBad({ sources: '[]' }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources must list 1 to 12 pages',
  },
  {
    kind: 'more than twelve sources',
    en: withBad({
      sources: `[${Array.from({ length: 13 }, (_, i) => `https://www.nhs.uk/p${i}`).join(', ')}]`,
    }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources must list 1 to 12 pages',
  },
  {
    kind: 'the same source twice',
    en: withBad({ sources: '[https://www.nhs.uk/a, https://www.nhs.uk/a]' }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources must not list the same page twice',
  },
  {
    kind: 'a reviewed date that is not a real day',
    en: withBad({ reviewed: '2026-02-30' }),
    file: 'en/x-bad.md',
    where: 'line 10:11',
    reason: 'reviewed must be a real date written YYYY-MM-DD',
  },
  {
    kind: 'a reviewed date in another format',
    en: withBad({ reviewed: '29/11/2026' }),
    file: 'en/x-bad.md',
    where: 'line 10:11',
    reason: 'reviewed must be a real date written YYYY-MM-DD',
  },
  // ─── The safety rules of issue 20: each broken one names the file, the line and the rule ───
  {
    kind: 'a topic without sources',
    en: withBad({ sources: '' }),
    file: 'en/x-bad.md',
    where: 'line 2:1',
    reason: 'missing field "sources": every topic lists the 1 to 12 https:// pages its facts were checked against',
    exactly: true,
  },
  {
    kind: 'a topic without a reviewed date',
    en: withBad({ reviewed: '' }),
    file: 'en/x-bad.md',
    where: 'line 2:1',
    reason: 'missing field "reviewed": every topic says the day its facts were last checked (YYYY-MM-DD)',
    exactly: true,
  },
  {
    kind: 'an unknown risk',
    en: withBad({ extra: 'risk: scary' }),
    file: 'en/x-bad.md',
    where: 'line 11:7',
    reason: 'risk must be one of: abuse, danger, crisis (or left out)',
    exactly: true,
  },
  {
    kind: 'selfHarm that is not true',
    en: withBad({ extra: 'risk: crisis\nselfHarm: false' }),
    file: 'en/x-bad.md',
    where: 'line 12:11',
    reason: 'selfHarm must be true, or left out',
    exactly: true,
  },
  {
    kind: 'selfHarm without a risk',
    en: withBad({ extra: 'selfHarm: true' }),
    file: 'en/x-bad.md',
    where: 'line 11:11',
    reason: 'selfHarm needs a "risk" (abuse, danger or crisis): only a topic with a risk shows the danger-now route',
    exactly: true,
  },
  {
    kind: 'a bare [!SAY] box',
    en: withBad({ body: 'Some text.\n\n> [!SAY]\n> - "Hello."' }),
    file: 'en/x-bad.md',
    where: 'line 14:1',
    reason:
      'say who these words are for: write [!SAY partner] (the other person), [!SAY friend] or [!SAY helper] (a helpline, a service, a doctor, a counsellor, a trusted adult)',
    exactly: true,
  },
  {
    kind: 'a [!SAY] box for an unknown audience',
    en: withBad({ body: '> [!SAY boss]\n> - "Hello."' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason:
      'unknown audience "boss" in [!SAY boss]: write [!SAY partner] (the other person), [!SAY friend] or [!SAY helper] (a helpline, a service, a doctor, a counsellor, a trusted adult)',
    exactly: true,
  },
  {
    kind: 'an audience on a [!NOTE]',
    en: withBad({ body: '> [!NOTE friend]\n> Some text.' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: '[!NOTE] takes nothing after its name: write [!NOTE] alone',
    exactly: true,
  },
  ...(['abuse', 'danger', 'crisis'] as const).map(
    (risk): FailureCase => ({
      kind: `a [!SAY partner] box in a topic with "risk: ${risk}"`,
      en: withBad({
        extra: `risk: ${risk}`,
        body: 'Some text.\n\n> [!SAY friend]\n> - "Hi."\n\n> [!SAY partner]\n> - "No."',
      }),
      file: 'en/x-bad.md',
      where: 'line 18:1',
      reason: `[!SAY partner] is not allowed in a topic with "risk: ${risk}": only [!SAY friend] and [!SAY helper] (never words to say to someone who may be causing harm)`,
      exactly: true,
    }),
  ),
  {
    kind: 'non-integer order',
    en: withBad({ order: '1.5' }),
    file: 'en/x-bad.md',
    where: 'line 6:8',
    reason: 'order must be a whole number',
  },
  {
    kind: 'related to an unknown id',
    en: withBad({ related: '[a-basic, nowhere]' }),
    file: 'en/x-bad.md',
    where: 'line 7:20',
    reason: 'related topic "nowhere" does not exist',
  },
  {
    kind: 'related to itself',
    en: withBad({ related: '[x-bad]' }),
    file: 'en/x-bad.md',
    where: 'line 7:11',
    reason: 'related lists the topic itself',
  },
  {
    kind: 'topic: link to an unknown id',
    en: withBad({ body: 'See [this](topic:nowhere).' }),
    file: 'en/x-bad.md',
    where: 'line 12:5',
    reason: 'link to topic "nowhere" does not exist',
  },
  {
    kind: 'https: link',
    en: withBad({ body: 'Some text.\n\nVisit [our site](https://example.org).' }),
    file: 'en/x-bad.md',
    where: 'line 14:7',
    reason: 'web, email and phone links are not allowed in topics (found "https://example.org")',
  },
  {
    kind: 'bare URL',
    en: withBad({ body: 'Visit https://example.org today.' }),
    file: 'en/x-bad.md',
    where: 'line 12:7',
    reason: 'web addresses are not allowed in topics',
  },
  {
    kind: 'phone number',
    en: withBad({ body: 'Call +44 (0)20 7946 0958 today.' }),
    file: 'en/x-bad.md',
    where: 'line 12:6',
    reason: 'phone numbers are not allowed in topics',
  },
  {
    kind: 'autolink',
    en: withBad({ body: 'Visit <https://example.org> today.' }),
    file: 'en/x-bad.md',
    where: 'line 12:7',
    reason: 'links in angle brackets (<…>) are not allowed',
  },
  {
    kind: 'link reference',
    en: withBad({ body: 'See [this][ref].\n\n[ref]: topic:a-basic' }),
    file: 'en/x-bad.md',
    where: 'line 12:5',
    reason: 'reference-style links are not allowed',
  },
  {
    kind: 'bare blockquote',
    en: withBad({ body: '> Just a quote.' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'a blockquote must be a callout',
  },
  {
    kind: 'unknown callout marker',
    en: withBad({ body: '> [!TIP]\n> A tip.' }),
    file: 'en/x-bad.md',
    where: 'line 12:3',
    reason: 'unknown marker [!TIP]',
  },
  {
    kind: '[!SAY] without a list',
    en: withBad({ body: '> [!SAY friend]\n> Just some words.' }),
    file: 'en/x-bad.md',
    where: 'line 12:3',
    reason: '[!SAY] must contain one bullet list',
  },
  {
    kind: 'unknown country fact',
    en: withBad({ body: '> [!FACT ageOfConsnt]' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'unknown fact "ageOfConsnt" in [!FACT ageOfConsnt]: the fact ids are ageOfConsent, healthReporting',
  },
  {
    kind: 'country fact without an id',
    en: withBad({ body: '> [!FACT]' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'say which fact to show: [!FACT ageOfConsent]',
  },
  {
    kind: 'country fact with words of its own',
    en: withBad({ body: '> [!FACT ageOfConsent]\n> It is 16.' }),
    file: 'en/x-bad.md',
    where: 'line 12:3',
    reason: '[!FACT] holds nothing but its id',
  },
  {
    kind: 'table',
    en: withBad({ body: 'Some text.\n\n| a | b |\n|---|---|\n| 1 | 2 |' }),
    file: 'en/x-bad.md',
    where: 'line 14:1',
    reason: 'tables are not allowed in topics',
  },
  {
    kind: 'HTML',
    en: withBad({ body: '<div>Hello</div>' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'HTML is not allowed in topics',
  },
  {
    kind: 'image',
    en: withBad({ body: 'A cat: ![a cat](cat.png)' }),
    file: 'en/x-bad.md',
    where: 'line 12:8',
    reason: 'images are not allowed in topics',
  },
  {
    kind: 'code block',
    en: withBad({ body: '```\ncode\n```' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'code blocks are not allowed in topics',
  },
  {
    kind: 'inline code',
    en: withBad({ body: 'Type `this`.' }),
    file: 'en/x-bad.md',
    where: 'line 12:6',
    reason: 'inline code (`…`) is not allowed',
  },
  {
    kind: '# heading',
    en: withBad({ body: '# A title' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: '"#" headings are not allowed',
  },
  {
    kind: '#### heading',
    en: withBad({ body: '#### Too deep' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'only "##" and "###" headings are allowed',
  },
  {
    kind: 'underlined heading',
    en: withBad({ body: 'Some text\n---' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'underlined headings are not allowed',
  },
  {
    kind: 'horizontal rule',
    en: withBad({ body: 'Some text.\n\n***' }),
    file: 'en/x-bad.md',
    where: 'line 14:1',
    reason: 'horizontal rules (---, ***) are not allowed',
  },
  {
    kind: 'footnote',
    en: withBad({ body: 'Some text.[^1]' }),
    file: 'en/x-bad.md',
    where: 'line 12:11',
    reason: 'footnotes are not allowed in topics',
  },
  {
    kind: 'nested list',
    en: withBad({ body: '- one\n  - two' }),
    file: 'en/x-bad.md',
    where: 'line 13:3',
    reason: 'nested lists are not allowed',
  },
  {
    kind: 'duplicate id',
    en: { 'a-copy.md': topicSource('a-basic', { order: '2', related: '[b-talk]' }) },
    file: 'en/a-copy.md',
    where: 'line 2:5',
    reason: 'id "a-basic" is already used by',
  },
  {
    kind: 'duplicate order in a group',
    en: { 'f-extra.md': topicSource('f-extra', { order: '1' }) },
    file: 'en/f-extra.md',
    where: 'line 6:8',
    reason: 'order 1 in group "basics" is already used by',
  },
  {
    kind: 'empty group',
    en: { 'e-guide.md': null },
    file: 'en',
    reason: 'every group needs at least one topic; empty: this-guide',
  },
  {
    kind: 'language folders with different ids',
    fr: { 'e-guide.md': null, 'f-extra.md': topicSource('f-extra', { group: 'this-guide' }) },
    file: 'fr',
    reason: 'topics must be the same as in en/: missing e-guide; extra f-extra',
  },
  {
    kind: 'a translation in another place in its group',
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', order: '2' }) },
    file: 'fr/b-talk.md',
    reason: 'order must be the same as in en/b-talk.md: expected 1, found 2',
  },
  {
    kind: 'a translation with other related topics',
    fr: { 'c-hard.md': topicSource('c-hard', { group: 'hard-times', related: '[b-talk]' }) },
    file: 'fr/c-hard.md',
    reason: 'related must be the same as in en/c-hard.md: expected a-basic, found b-talk',
  },
  {
    kind: 'a translation with other sources',
    fr: {
      'b-talk.md': topicSource('b-talk', { group: 'talking', sources: '[https://example.org/a]' }),
    },
    file: 'fr/b-talk.md',
    reason: 'sources must be the same as in en/b-talk.md: expected https://www.nhs.uk/a, found https://example.org/a',
  },
  {
    kind: 'a translation with another review date',
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', reviewed: '2026-01-02' }) },
    file: 'fr/b-talk.md',
    reason: 'reviewed must be the same as in en/b-talk.md: expected 2026-11-29, found 2026-01-02',
    exactly: true,
  },
  {
    kind: 'a translation without the risk of the original',
    fr: { 'f-wrong.md': topicSource('f-wrong', { group: 'something-wrong' }) },
    file: 'fr/f-wrong.md',
    reason: 'risk must be the same as in en/f-wrong.md: expected abuse, found (none)',
    exactly: true,
  },
  {
    kind: 'a translation with selfHarm the original lacks',
    fr: { 'f-wrong.md': topicSource('f-wrong', { group: 'something-wrong', extra: 'risk: abuse\nselfHarm: true' }) },
    file: 'fr/f-wrong.md',
    reason: 'selfHarm must be the same as in en/f-wrong.md: expected (none), found true',
    exactly: true,
  },
  {
    kind: 'a translation with a "things you could say" phrase missing',
    en: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY partner]\n> - "Hello."\n> - "Hi."' }) },
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY partner]\n> - "Bonjour."' }) },
    file: 'fr/b-talk.md',
    reason:
      'headings, callouts, country facts and "things you could say" blocks (with who they are for and their phrases) must be the same as in en/b-talk.md: expected say partner(2), found say partner(1)',
    exactly: true,
  },
  {
    kind: 'a translation whose "things you could say" box is for someone else',
    en: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY friend]\n> - "Hello."' }) },
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY helper]\n> - "Bonjour."' }) },
    file: 'fr/b-talk.md',
    reason:
      'headings, callouts, country facts and "things you could say" blocks (with who they are for and their phrases) must be the same as in en/b-talk.md: expected say friend(1), found say helper(1)',
    exactly: true,
  },
  {
    kind: 'a translation without the country fact of the original',
    en: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: 'Hello.\n\n> [!FACT marriageAge]' }) },
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: 'Bonjour.' }) },
    file: 'fr/b-talk.md',
    reason:
      'headings, callouts, country facts and "things you could say" blocks (with who they are for and their phrases) must be the same as in en/b-talk.md: expected fact marriageAge, found (none)',
    exactly: true,
  },
  {
    kind: 'a translation without a link the original has',
    fr: { 'a-basic.md': topicSource('a-basic', { related: '[b-talk]', body: 'Lisez la suite.' }) },
    file: 'fr/a-basic.md',
    reason: 'links to topics and helplines must be the same as in en/a-basic.md: expected topic:b-talk, found (none)',
  },
];

describe('topic compiler failures', () => {
  it.each(FAILURES)('$kind', ({ en = {}, fr, file, where, reason, exactly }) => {
    writeLanguage(root, 'en', en);
    if (fr) writeLanguage(root, 'fr', fr);

    const error = caught(() => loadAllLanguages(root));

    const expectedFile = path.join(root, file).split(path.sep).join('/');
    expect(error.file).toBe(expectedFile);
    expect(error.where).toBe(where);
    expect(error.message).toContain(expectedFile);
    if (where) expect(error.message).toContain(where);
    expect(error.message).toContain(reason);
    if (exactly) expect(error.reason).toBe(reason);
  });

  it('names files inside the repository by their repo-relative path', () => {
    const error = caught(() => loadTopics('content/topics/zz-not-a-language'));

    expect(error.message).toBe('content/topics/zz-not-a-language: folder not found or not readable');
  });

  it('uses the file name it is given, and counts lines from the top of the file', () => {
    const error = caught(() =>
      compileTopic(topicSource('x', { body: 'Fine.\n\n<b>no</b>' }), 'content/topics/en/x.md'),
    );

    expect(error.message).toBe('content/topics/en/x.md: line 14:1: HTML is not allowed in topics');
  });
});

// ─── A valid topic ──────────────────────────────────────────────────────────────────────────────

const VALID_BODY = `Intro with **strong**, *emphasis* and [a **bold** link](topic:b-talk).

## Asking first

Call [a helpline](helplines:) now.\\
After a hard break.

> [!SAY partner]
> - "Can I kiss you?"
> - "Do you want to *slow down*?"

### What’s next

> [!NOTE]
> Gentle text
> on two lines.
>
> - one
> - two

> [!IMPORTANT]
> If you are in danger, [get help](helplines:).

1. First
2. Second

- Apple
- Pear

## Asking first
`;

const EXPECTED_BLOCKS: Block[] = [
  {
    t: 'p',
    c: [
      { t: 'text', v: 'Intro with ' },
      { t: 'strong', c: [{ t: 'text', v: 'strong' }] },
      { t: 'text', v: ', ' },
      { t: 'em', c: [{ t: 'text', v: 'emphasis' }] },
      { t: 'text', v: ' and ' },
      {
        t: 'topic',
        id: 'b-talk',
        c: [
          { t: 'text', v: 'a ' },
          { t: 'strong', c: [{ t: 'text', v: 'bold' }] },
          { t: 'text', v: ' link' },
        ],
      },
      { t: 'text', v: '.' },
    ],
  },
  { t: 'h2', id: 'asking-first', c: [{ t: 'text', v: 'Asking first' }] },
  {
    t: 'p',
    c: [
      { t: 'text', v: 'Call ' },
      { t: 'helplines', c: [{ t: 'text', v: 'a helpline' }] },
      { t: 'text', v: ' now. After a hard break.' },
    ],
  },
  {
    t: 'say',
    a: 'partner',
    items: [
      [{ t: 'text', v: '"Can I kiss you?"' }],
      [
        { t: 'text', v: '"Do you want to ' },
        { t: 'em', c: [{ t: 'text', v: 'slow down' }] },
        { t: 'text', v: '?"' },
      ],
    ],
  },
  { t: 'h3', id: 'whats-next', c: [{ t: 'text', v: 'What’s next' }] },
  {
    t: 'note',
    blocks: [
      { t: 'p', c: [{ t: 'text', v: 'Gentle text on two lines.' }] },
      { t: 'ul', items: [[{ t: 'text', v: 'one' }], [{ t: 'text', v: 'two' }]] },
    ],
  },
  {
    t: 'important',
    blocks: [
      {
        t: 'p',
        c: [
          { t: 'text', v: 'If you are in danger, ' },
          { t: 'helplines', c: [{ t: 'text', v: 'get help' }] },
          { t: 'text', v: '.' },
        ],
      },
    ],
  },
  { t: 'ol', items: [[{ t: 'text', v: 'First' }], [{ t: 'text', v: 'Second' }]] },
  { t: 'ul', items: [[{ t: 'text', v: 'Apple' }], [{ t: 'text', v: 'Pear' }]] },
  { t: 'h2', id: 'asking-first-2', c: [{ t: 'text', v: 'Asking first' }] },
];

describe('a valid topic', () => {
  it('compiles to the expected metadata and blocks', () => {
    const source = topicSource('a-basic', { related: '[b-talk]', body: VALID_BODY });

    const topic = compileTopic(source, 'content/topics/en/a-basic.md');

    expect(topic).toEqual({
      id: 'a-basic',
      title: 'About a-basic',
      summary: 'A short summary for tests.',
      group: 'basics',
      order: 1,
      related: ['b-talk'],
      keywords: ['one', 'two', 'three'],
      sources: ['https://www.nhs.uk/a'],
      reviewed: '2026-11-29',
      blocks: EXPECTED_BLOCKS,
    });
  });

  it('keeps the sources and the reviewed date, in block or flow style', () => {
    const block = topicSource('a-basic', {
      related: '[b-talk]',
      sources: '\n  - https://www.nhs.uk/a\n  - https://www.brook.org.uk/b',
    });
    const flow = topicSource('a-basic', {
      related: '[b-talk]',
      sources: '[https://www.nhs.uk/a, https://www.brook.org.uk/b]',
      reviewed: '"2026-11-29"',
    });

    const topics = [block, flow].map((source) => compileTopic(source, 'content/topics/en/a-basic.md'));

    for (const topic of topics) {
      expect(topic.sources).toEqual(['https://www.nhs.uk/a', 'https://www.brook.org.uk/b']);
      expect(topic.reviewed).toBe('2026-11-29');
    }
  });

  it('keeps the text after a marker that shares the marker’s paragraph', () => {
    const source = topicSource('a-basic', { related: '[b-talk]', body: '> [!NOTE]\n> First line.\n>\n> Second.' });

    const topic = compileTopic(source, 'content/topics/en/a-basic.md');

    expect(topic.blocks).toEqual([
      {
        t: 'note',
        blocks: [
          { t: 'p', c: [{ t: 'text', v: 'First line.' }] },
          { t: 'p', c: [{ t: 'text', v: 'Second.' }] },
        ],
      },
    ]);
  });

  it('compiles a country fact block to its id', () => {
    const source = topicSource('a-basic', {
      related: '[b-talk]',
      body: 'The law differs.\n\n> [!FACT healthReporting]',
    });

    const topic = compileTopic(source, 'content/topics/en/a-basic.md');

    expect(topic.blocks).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'The law differs.' }] },
      { t: 'fact', id: 'healthReporting' },
    ]);
  });

  it('keeps a risk and selfHarm, and allows boxes for friends and helpers in a risk topic', () => {
    const source = topicSource('a-basic', {
      related: '[b-talk]',
      extra: 'risk: crisis\nselfHarm: true',
      body: '> [!SAY friend]\n> - "I am here."\n\n> [!SAY helper]\n> - "I need to talk."',
    });

    const topic = compileTopic(source, 'content/topics/en/a-basic.md');

    expect(topic.risk).toBe('crisis');
    expect(topic.selfHarm).toBe(true);
    expect(topic.blocks.map((block) => (block.t === 'say' ? block.a : block.t))).toEqual(['friend', 'helper']);
  });

  it('leaves risk and selfHarm out of a topic without them', () => {
    const topic = compileTopic(topicSource('a-basic', { related: '[b-talk]' }), 'content/topics/en/a-basic.md');

    expect('risk' in topic || 'selfHarm' in topic).toBe(false);
  });

  it('loads a language in group order, then by order', () => {
    writeLanguage(root, 'en', { 'f-extra.md': topicSource('f-extra', { group: 'this-guide', order: '2' }) });

    const topics = loadTopics(path.join(root, 'en'));

    expect(topics.map((topic) => topic.id)).toEqual([
      'f-wrong',
      'a-basic',
      'b-talk',
      'c-hard',
      'd-support',
      'e-guide',
      'f-extra',
    ]);
  });
});

// ─── Helpers ────────────────────────────────────────────────────────────────────────────────────

describe('plainText', () => {
  it('joins the text of nested inline content without formatting', () => {
    const text = plainText([
      { t: 'text', v: 'Read ' },
      {
        t: 'topic',
        id: 'saying-no',
        c: [
          { t: 'strong', c: [{ t: 'text', v: 'saying' }] },
          { t: 'text', v: ' no' },
        ],
      },
      { t: 'text', v: ', or ' },
      { t: 'helplines', c: [{ t: 'em', c: [{ t: 'text', v: 'call' }] }] },
      { t: 'text', v: '.' },
    ]);

    expect(text).toBe('Read saying no, or call.');
  });
});

describe('reading limits', () => {
  it.each([
    [undefined, 8, 65],
    ['abuse', 8, 65],
    ['danger', 8, 65],
    ['crisis', 6, 80],
  ] as const)('a topic with risk %s reads at grade %i or lower, and INFLESZ %i or higher', (risk, grade, ease) => {
    expect(gradeLimit({ risk })).toBe(grade);
    expect(easeLimit({ risk })).toBe(ease);
  });
});

describe('readingGrade', () => {
  it.each([
    ['Hi. There', 2],
    ['"Can I kiss you?"', 1],
    ['No full stop', 1],
    ['Wait... what?! Okay.', 3],
    ['"Stop." Then go.', 2],
    ['', 0],
  ])('counts %j as %i sentence(s)', (unit, expected) => {
    expect(countSentences(unit)).toBe(expected);
  });

  it('counts units from paragraphs, list items, phrases and callouts but not headings', () => {
    const topic = compileTopic(topicSource('a-basic', { related: '[b-talk]', body: VALID_BODY }), 'x.md');

    const level = readingGrade(topic);

    // Units: the intro (1 sentence), "Call a helpline now. After a hard break." (2), two phrases,
    // the note's paragraph and two items, the important paragraph, and four list items.
    expect(level.sentences).toBe(1 + 2 + 2 + 1 + 2 + 1 + 4);
    expect(level.words).toBe(8 + 8 + 4 + 6 + 5 + 1 + 1 + 7 + 1 + 1 + 1 + 1);
  });

  it('applies the Flesch–Kincaid formula to the counts', () => {
    const topic = compileTopic(topicSource('a-basic', { related: '[b-talk]', body: "Don't stop." }), 'x.md');

    const level = readingGrade(topic);

    expect(level).toEqual({ grade: 0.39 * 2 + 11.8 * 1 - 15.59, sentences: 1, words: 2, syllables: 2 });
  });
});
