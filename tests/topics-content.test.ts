/**
 * Tests over the real guide topics in content/topics/. The compiler's own behaviour is tested in
 * topics-compile.test.ts; here the words themselves are checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Block, plainText, type Topic } from '../content/topics/blocks';
import { compileTopic, loadAllLanguages } from '../content/topics/compile';
import { gradeLimit, readingGrade } from '../content/topics/readability';
import { KEBAB_ID } from '../content/topics/schema';

const TOPICS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/topics');
const ENGLISH = path.join(TOPICS_ROOT, 'en');

interface English {
  id: string;
  topic?: Topic;
  error?: unknown;
}

/**
 * Each English topic compiled on its own, so per-topic checks still run (and name the topic)
 * while a check across topics is failing. Compile errors fail the tests that use the topic.
 */
const english: English[] = readdirSync(ENGLISH)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const id = path.basename(name, '.md');
    try {
      return { id, topic: compileTopic(readFileSync(path.join(ENGLISH, name), 'utf8'), `content/topics/en/${name}`) };
    } catch (error) {
      return { id, error };
    }
  });

function topicOf(entry: English): Topic {
  if (entry.topic === undefined) throw entry.error;
  return entry.topic;
}

function englishTopic(id: string): Topic {
  const entry = english.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new Error(`content/topics/en/${id}.md does not exist`);
  return topicOf(entry);
}

/** Everything a reader sees: title, summary, headings and body text. */
function visibleText(topic: Topic): string {
  return [topic.title, topic.summary, ...blockTexts(topic.blocks)].join('\n');
}

function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if ('items' in block) return block.items.map((item) => plainText(item));
    if ('blocks' in block) return blockTexts(block.blocks);
    if (block.t === 'fact') return [];
    return [plainText(block.c)];
  });
}

describe('topic data', () => {
  it('loads every language: valid files, unique kebab ids, links that resolve, no empty group, same ids', () => {
    const languages = loadAllLanguages(TOPICS_ROOT);

    expect(Object.keys(languages)).toContain('en');
    for (const topics of Object.values(languages)) {
      const ids = topics.map((topic) => topic.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(KEBAB_ID);
    }
  });

  it('has at least 28 English topics', () => {
    expect(english.length).toBeGreaterThanOrEqual(28);
  });

  it('lists "After something happened" first in its group', () => {
    const support = loadAllLanguages(TOPICS_ROOT).en?.filter((topic) => topic.group === 'support') ?? [];

    expect(support[0]?.id).toBe('after-something-happened');
  });
});

// ─── Sources ────────────────────────────────────────────────────────────────────────────────────

/** "Today" for the date check, from the clock of the machine running the tests. */
const TODAY = new Date().toISOString().slice(0, 10);

// Every topic must have sources and a reviewed date: the build refuses a topic without them.
describe('sources', () => {
  it('dates every review on a real day that has already come', () => {
    const reviewed = english.map((entry) => topicOf(entry).reviewed);

    expect(reviewed.length).toBeGreaterThan(0);
    for (const date of reviewed) expect(date <= TODAY, `${date} is after ${TODAY}`).toBe(true);
  });

  it('cites only https pages, none of them twice in one topic', () => {
    for (const entry of english) {
      const { sources } = topicOf(entry);
      expect(new Set(sources).size).toBe(sources.length);
      for (const source of sources) expect(new URL(source).protocol).toBe('https:');
    }
  });
});

describe('reading level', () => {
  // The grade is computed while collecting so that it shows in the test name.
  const rows = english.map((entry): [string, English, number] => {
    // Stricter for a `risk: crisis` topic, read by someone in the worst moments.
    const limit = entry.topic ? gradeLimit(entry.topic) : gradeLimit({});
    const grade = entry.topic ? readingGrade(entry.topic).grade.toFixed(1) : '? (does not compile)';
    return [`${entry.id} reads at grade ${grade} (limit ${limit})`, entry, limit];
  });

  it.each(rows)('%s', (_name, entry, limit) => {
    const level = readingGrade(topicOf(entry));

    expect(level.grade).toBeLessThanOrEqual(limit);
  });
});

describe('topic wording', () => {
  it.each([
    'asking-and-checking-in',
    'saying-no',
    'talking-about-limits',
    'noticing-a-problem',
    'young-people-and-consent',
    'controlling-behaviour',
    'images-and-sextortion',
    'lgbtq-relationships',
    'disability-and-consent',
    'safewords-and-check-in-signals',
  ])('%s offers things you could say', (id) => {
    const blocks = englishTopic(id).blocks;

    expect(blocks.some((block) => block.t === 'say')).toBe(true);
  });

  // The guide gives information and support; it must not sound like medical advice.
  const CLINICAL = /\b(?:diagnos(?:is|es|e|ed|ing)|treatments?|may be termed)\b/gi;

  it('never uses clinical wording ("diagnosis", "diagnose", "treatment", "may be termed")', () => {
    const found = english.flatMap((entry) =>
      (visibleText(topicOf(entry)).match(CLINICAL) ?? []).map((word) => `${entry.id}: ${word}`),
    );

    expect(found).toEqual([]);
  });

  /**
   * The guide assumes no genders: "partner", not "boyfriend" or "wife". Keywords are not scanned
   * (readers search with these words). A sentence that truly needs such a word goes here, with
   * the topic and the exact phrase, and a reason.
   */
  const GENDERED_PARTNER = /\b(?:boyfriends?|girlfriends?|husbands?|wife|wives|fianc[ée]e?s?)\b/gi;
  const ALLOWED_GENDERED: readonly { topic: string; phrase: string }[] = [];

  it('uses no gendered words for partners outside the allow-list', () => {
    const found = english.flatMap((entry) => {
      const text = visibleText(topicOf(entry));
      const allowed = ALLOWED_GENDERED.filter((allow) => allow.topic === entry.id);
      const scrubbed = allowed.reduce((rest, allow) => rest.replaceAll(allow.phrase, ''), text);
      return (scrubbed.match(GENDERED_PARTNER) ?? []).map((word) => `${entry.id}: ${word}`);
    });

    expect(found).toEqual([]);
  });

  it('does not assume one kind of sex: protection covers dental dams and gloves, not only condoms', () => {
    const text = blockTexts(englishTopic('condoms-and-contraception').blocks).join('\n');

    expect(text).toMatch(/dental dam/i);
    expect(text).toMatch(/\bgloves\b/i);
  });

  it('after-something-happened gives each time window and says where it applies', () => {
    const text = blockTexts(englishTopic('after-something-happened').blocks).join('\n');

    expect(text).toMatch(/within 72 hours/); // PEP
    expect(text).toMatch(/up to 3 days/); // one kind of pill
    expect(text).toMatch(/up to 5 days/); // the other kind, and the copper IUD
    expect(text).toMatch(/at any weight/);
    expect(text).toMatch(/about 2 weeks/);
    expect(text).toMatch(/6 and 12 weeks/);
    expect(text).toMatch(/3 to 7 days, depending on|depends on where you live/);
    expect(text).toMatch(/still get care if you have washed/);
    expect(text).toMatch(/under 18/);
    expect(text).toMatch(/not\*{0,2} a yes/);
  });

  it.each(['supporting-a-friend', 'young-people-and-consent'])(
    '%s says plainly that confidentiality has limits',
    (id) => {
      const text = blockTexts(englishTopic(id).blocks).join('\n');

      expect(text).toMatch(/may have to (?:tell|pass it on)/);
    },
  );

  it('after-something-happened mentions the 72-hour window and that reporting is optional', () => {
    const text = blockTexts(englishTopic('after-something-happened').blocks).join('\n');

    expect(text).toContain('72');
    expect(text).toMatch(/\b(?:do not|don['’]t) have to report\b/i);
  });
});
