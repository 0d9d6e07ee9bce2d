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
import { readingGrade } from '../content/topics/readability';
import { KEBAB_ID } from '../content/topics/schema';

const TOPICS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/topics');
const ENGLISH = path.join(TOPICS_ROOT, 'en');

/** Stricter for the topic someone may read just after an assault. */
const GRADE_LIMITS: Readonly<Record<string, number>> = { 'after-something-happened': 6 };
const DEFAULT_GRADE_LIMIT = 8;

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

  it('has at least 14 English topics', () => {
    expect(english.length).toBeGreaterThanOrEqual(14);
  });
});

describe('reading level', () => {
  // The grade is computed while collecting so that it shows in the test name.
  const rows = english.map((entry): [string, English, number] => {
    const limit = GRADE_LIMITS[entry.id] ?? DEFAULT_GRADE_LIMIT;
    const grade = entry.topic ? readingGrade(entry.topic).grade.toFixed(1) : '? (does not compile)';
    return [`${entry.id} reads at grade ${grade} (limit ${limit})`, entry, limit];
  });

  it.each(rows)('%s', (_name, entry, limit) => {
    const level = readingGrade(topicOf(entry));

    expect(level.grade).toBeLessThanOrEqual(limit);
  });
});

describe('topic wording', () => {
  it.each(['asking-and-checking-in', 'saying-no', 'talking-about-limits', 'noticing-a-problem'])(
    '%s offers things you could say',
    (id) => {
      const blocks = englishTopic(id).blocks;

      expect(blocks.some((block) => block.t === 'say')).toBe(true);
    },
  );

  // The guide gives information and support; it must not sound like medical advice.
  const CLINICAL = /\b(?:diagnos(?:is|es|e|ed|ing)|treatments?|may be termed)\b/gi;

  it('never uses clinical wording ("diagnosis", "diagnose", "treatment", "may be termed")', () => {
    const found = english.flatMap((entry) =>
      (visibleText(topicOf(entry)).match(CLINICAL) ?? []).map((word) => `${entry.id}: ${word}`),
    );

    expect(found).toEqual([]);
  });

  it('after-something-happened mentions the 72-hour window and that reporting is optional', () => {
    const text = blockTexts(englishTopic('after-something-happened').blocks).join('\n');

    expect(text).toContain('72');
    expect(text).toMatch(/\b(?:do not|don['’]t) have to report\b/i);
  });
});
