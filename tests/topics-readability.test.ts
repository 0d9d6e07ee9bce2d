/**
 * Every language's topics held to its reading measure (content/topics/readingMeasures.ts), so a
 * new language's topics are measured as soon as they exist, with no test to write. English and
 * Spanish keep their own files, which name each topic's figure (topics-content.test.ts,
 * topics-spanish.test.ts); this one holds every other language.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllLanguages } from '../content/topics/compile';
import { READING_MEASURES } from '../content/topics/readingMeasures';
import { languageFolders } from '../content/topics/topicFiles';

const ROOT = path.resolve(import.meta.dirname, '../content/topics');
const HELD_ELSEWHERE = ['en', 'es'];

describe('reading measures', () => {
  it('exist for every language with topics', () => {
    const languages = languageFolders(ROOT);

    expect(languages.filter((language) => !READING_MEASURES[language])).toEqual([]);
  });

  it('hold every topic of every other language to its bar', () => {
    const all = loadAllLanguages(ROOT);
    const tooHard = Object.entries(all)
      .filter(([language]) => !HELD_ELSEWHERE.includes(language))
      .flatMap(([language, topics]) =>
        topics.map((topic) => ({ file: `${language}/${topic.id}.md`, ...READING_MEASURES[language]?.(topic) })),
      )
      .filter((measured) => !measured.ok)
      .map(({ file, figure }) => `${file}: ${figure ?? 'no measure'}`);

    expect(tooHard).toEqual([]);
  });
});
