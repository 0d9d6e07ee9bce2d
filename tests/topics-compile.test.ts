import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { type Block, plainText } from '../content/topics/blocks';
import { compileTopic, loadAllLanguages, loadTopics } from '../content/topics/compile';
import { countSentences, readingGrade } from '../content/topics/readability';

// ─── Fixtures ───────────────────────────────────────────────────────────────────────────────────

interface Fields {
  id: string;
  title: string;
  summary: string;
  group: string;
  order: string;
  related: string;
  keywords: string;
}

/**
 * A topic file with one field per line, so line numbers are fixed: id on line 2 … keywords on
 * line 8, an `extra` line on 9, and the body on the line after the closing "---" (10 by default).
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
    ...overrides,
  };
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return ['---', ...lines, ...(extra === undefined ? [] : [extra]), '---', body, ''].join('\n');
}

/** A valid language: one topic per group, linked to each other. */
const VALID_SET: Readonly<Record<string, string>> = {
  'a-basic.md': topicSource('a-basic', { related: '[b-talk]', body: 'Read [the next one](topic:b-talk).' }),
  'b-talk.md': topicSource('b-talk', { group: 'talking' }),
  'c-hard.md': topicSource('c-hard', { group: 'hard-times' }),
  'd-support.md': topicSource('d-support', { group: 'support' }),
  'e-guide.md': topicSource('e-guide', { group: 'this-guide' }),
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
    where: 'line 9:1',
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
    reason: 'group must be one of: basics, talking, hard-times, support, this-guide',
  },
  {
    kind: 'a source that is not https',
    en: withBad({ extra: 'sources: [http://www.nhs.uk/a]\nreviewed: 2026-11-29' }),
    file: 'en/x-bad.md',
    where: 'line 9:11',
    reason: 'each source must be a full https:// address',
  },
  {
    kind: 'a source that is not an address',
    en: withBad({ extra: 'sources: [nhs.uk]\nreviewed: 2026-11-29' }),
    file: 'en/x-bad.md',
    where: 'line 9:11',
    reason: 'each source must be a full https:// address',
  },
  {
    kind: 'an empty list of sources',
    en: withBad({ extra: 'sources: []\nreviewed: 2026-11-29' }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources must list 1 to 8 pages',
  },
  {
    kind: 'the same source twice',
    en: withBad({ extra: 'sources: [https://www.nhs.uk/a, https://www.nhs.uk/a]\nreviewed: 2026-11-29' }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources must not list the same page twice',
  },
  {
    kind: 'sources without a reviewed date',
    en: withBad({ extra: 'sources: [https://www.nhs.uk/a]' }),
    file: 'en/x-bad.md',
    where: 'line 9:10',
    reason: 'sources need a "reviewed" date (YYYY-MM-DD)',
  },
  {
    kind: 'a reviewed date without sources',
    en: withBad({ extra: 'reviewed: 2026-11-29' }),
    file: 'en/x-bad.md',
    where: 'line 9:11',
    reason: '"reviewed" needs "sources"',
  },
  {
    kind: 'a reviewed date that is not a real day',
    en: withBad({ extra: 'sources: [https://www.nhs.uk/a]\nreviewed: 2026-02-30' }),
    file: 'en/x-bad.md',
    where: 'line 10:11',
    reason: 'reviewed must be a real date written YYYY-MM-DD',
  },
  {
    kind: 'a reviewed date in another format',
    en: withBad({ extra: 'sources: [https://www.nhs.uk/a]\nreviewed: 29/11/2026' }),
    file: 'en/x-bad.md',
    where: 'line 10:11',
    reason: 'reviewed must be a real date written YYYY-MM-DD',
  },
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
    where: 'line 10:5',
    reason: 'link to topic "nowhere" does not exist',
  },
  {
    kind: 'https: link',
    en: withBad({ body: 'Some text.\n\nVisit [our site](https://example.org).' }),
    file: 'en/x-bad.md',
    where: 'line 12:7',
    reason: 'web, email and phone links are not allowed in topics (found "https://example.org")',
  },
  {
    kind: 'bare URL',
    en: withBad({ body: 'Visit https://example.org today.' }),
    file: 'en/x-bad.md',
    where: 'line 10:7',
    reason: 'web addresses are not allowed in topics',
  },
  {
    kind: 'phone number',
    en: withBad({ body: 'Call +44 (0)20 7946 0958 today.' }),
    file: 'en/x-bad.md',
    where: 'line 10:6',
    reason: 'phone numbers are not allowed in topics',
  },
  {
    kind: 'autolink',
    en: withBad({ body: 'Visit <https://example.org> today.' }),
    file: 'en/x-bad.md',
    where: 'line 10:7',
    reason: 'links in angle brackets (<…>) are not allowed',
  },
  {
    kind: 'link reference',
    en: withBad({ body: 'See [this][ref].\n\n[ref]: topic:a-basic' }),
    file: 'en/x-bad.md',
    where: 'line 10:5',
    reason: 'reference-style links are not allowed',
  },
  {
    kind: 'bare blockquote',
    en: withBad({ body: '> Just a quote.' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: 'a blockquote must be a callout',
  },
  {
    kind: 'unknown callout marker',
    en: withBad({ body: '> [!TIP]\n> A tip.' }),
    file: 'en/x-bad.md',
    where: 'line 10:3',
    reason: 'unknown marker [!TIP]',
  },
  {
    kind: '[!SAY] without a list',
    en: withBad({ body: '> [!SAY]\n> Just some words.' }),
    file: 'en/x-bad.md',
    where: 'line 10:3',
    reason: '[!SAY] must contain one bullet list',
  },
  {
    kind: 'table',
    en: withBad({ body: 'Some text.\n\n| a | b |\n|---|---|\n| 1 | 2 |' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'tables are not allowed in topics',
  },
  {
    kind: 'HTML',
    en: withBad({ body: '<div>Hello</div>' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: 'HTML is not allowed in topics',
  },
  {
    kind: 'image',
    en: withBad({ body: 'A cat: ![a cat](cat.png)' }),
    file: 'en/x-bad.md',
    where: 'line 10:8',
    reason: 'images are not allowed in topics',
  },
  {
    kind: 'code block',
    en: withBad({ body: '```\ncode\n```' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: 'code blocks are not allowed in topics',
  },
  {
    kind: 'inline code',
    en: withBad({ body: 'Type `this`.' }),
    file: 'en/x-bad.md',
    where: 'line 10:6',
    reason: 'inline code (`…`) is not allowed',
  },
  {
    kind: '# heading',
    en: withBad({ body: '# A title' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: '"#" headings are not allowed',
  },
  {
    kind: '#### heading',
    en: withBad({ body: '#### Too deep' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: 'only "##" and "###" headings are allowed',
  },
  {
    kind: 'underlined heading',
    en: withBad({ body: 'Some text\n---' }),
    file: 'en/x-bad.md',
    where: 'line 10:1',
    reason: 'underlined headings are not allowed',
  },
  {
    kind: 'horizontal rule',
    en: withBad({ body: 'Some text.\n\n***' }),
    file: 'en/x-bad.md',
    where: 'line 12:1',
    reason: 'horizontal rules (---, ***) are not allowed',
  },
  {
    kind: 'footnote',
    en: withBad({ body: 'Some text.[^1]' }),
    file: 'en/x-bad.md',
    where: 'line 10:11',
    reason: 'footnotes are not allowed in topics',
  },
  {
    kind: 'nested list',
    en: withBad({ body: '- one\n  - two' }),
    file: 'en/x-bad.md',
    where: 'line 11:3',
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
      'b-talk.md': topicSource('b-talk', {
        group: 'talking',
        extra: 'sources: [https://example.org/a]\nreviewed: 2026-01-02',
      }),
    },
    file: 'fr/b-talk.md',
    reason: 'sources must be the same as in en/b-talk.md: expected (none), found https://example.org/a',
  },
  {
    kind: 'a translation with a "things you could say" phrase missing',
    en: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY]\n> - "Hello."\n> - "Hi."' }) },
    fr: { 'b-talk.md': topicSource('b-talk', { group: 'talking', body: '> [!SAY]\n> - "Bonjour."' }) },
    file: 'fr/b-talk.md',
    reason:
      'headings, callouts and "things you could say" blocks (with their phrases) must be the same as in en/b-talk.md: expected say(2), found say(1)',
  },
  {
    kind: 'a translation without a link the original has',
    fr: { 'a-basic.md': topicSource('a-basic', { related: '[b-talk]', body: 'Lisez la suite.' }) },
    file: 'fr/a-basic.md',
    reason: 'links to topics and helplines must be the same as in en/a-basic.md: expected topic:b-talk, found (none)',
  },
];

describe('topic compiler failures', () => {
  it.each(FAILURES)('$kind', ({ en = {}, fr, file, where, reason }) => {
    writeLanguage(root, 'en', en);
    if (fr) writeLanguage(root, 'fr', fr);

    const error = caught(() => loadAllLanguages(root));

    const expectedFile = path.join(root, file).split(path.sep).join('/');
    expect(error.file).toBe(expectedFile);
    expect(error.where).toBe(where);
    expect(error.message).toContain(expectedFile);
    if (where) expect(error.message).toContain(where);
    expect(error.message).toContain(reason);
  });

  it('names files inside the repository by their repo-relative path', () => {
    const error = caught(() => loadTopics('content/topics/zz-not-a-language'));

    expect(error.message).toBe('content/topics/zz-not-a-language: folder not found or not readable');
  });

  it('uses the file name it is given, and counts lines from the top of the file', () => {
    const error = caught(() =>
      compileTopic(topicSource('x', { body: 'Fine.\n\n<b>no</b>' }), 'content/topics/en/x.md'),
    );

    expect(error.message).toBe('content/topics/en/x.md: line 12:1: HTML is not allowed in topics');
  });
});

// ─── A valid topic ──────────────────────────────────────────────────────────────────────────────

const VALID_BODY = `Intro with **strong**, *emphasis* and [a **bold** link](topic:b-talk).

## Asking first

Call [a helpline](helplines:) now.\\
After a hard break.

> [!SAY]
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
      blocks: EXPECTED_BLOCKS,
    });
  });

  it('keeps the sources and the reviewed date, in block or flow style', () => {
    const block = topicSource('a-basic', {
      related: '[b-talk]',
      extra: 'sources:\n  - https://www.nhs.uk/a\n  - https://www.brook.org.uk/b\nreviewed: 2026-11-29',
    });
    const flow = topicSource('a-basic', {
      related: '[b-talk]',
      extra: 'sources: [https://www.nhs.uk/a, https://www.brook.org.uk/b]\nreviewed: "2026-11-29"',
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

  it('loads a language in group order, then by order', () => {
    writeLanguage(root, 'en', { 'f-extra.md': topicSource('f-extra', { group: 'this-guide', order: '2' }) });

    const topics = loadTopics(path.join(root, 'en'));

    expect(topics.map((topic) => topic.id)).toEqual(['a-basic', 'b-talk', 'c-hard', 'd-support', 'e-guide', 'f-extra']);
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
