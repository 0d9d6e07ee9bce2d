/**
 * Prints the reading level of topic files, each compiled on its own, so a writer can check a
 * topic while the others are still being written:
 *
 *   npm run measure:topics -- content/topics/es/saying-no.md content/topics/en/saying-no.md
 *
 * English: Flesch–Kincaid grade (limit 8; 6 for a `risk: crisis` topic). Spanish: the Szigriszt-Pazos
 * index on the INFLESZ scale (at least 65, "bastante fácil"; 80, "muy fácil", for a `risk: crisis` topic).
 * The tests hold every topic to the same limits (tests/topics-content.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileTopic } from './compile';
import { gradeLimit, readingGrade } from './readability';
import { easeLimit, readingEaseEs } from './readabilityEs';

for (const file of process.argv.slice(2)) {
  const topic = compileTopic(readFileSync(file, 'utf8'), file);
  const language = path.basename(path.dirname(file));
  if (language === 'es') {
    const { ease, words, sentences, syllables } = readingEaseEs(topic);
    const limit = easeLimit(topic);
    const verdict = ease >= limit ? 'ok' : 'TOO HARD';
    console.log(
      `${file}: INFLESZ ${ease.toFixed(1)} (at least ${limit}) ${verdict} · ${words} words, ${sentences} sentences, ${(syllables / words).toFixed(2)} syllables a word, ${(words / sentences).toFixed(1)} words a sentence`,
    );
  } else {
    const { grade, words, sentences } = readingGrade(topic);
    const limit = gradeLimit(topic);
    console.log(
      `${file}: grade ${grade.toFixed(1)} (at most ${limit}) ${grade <= limit ? 'ok' : 'TOO HARD'} · ${words} words, ${sentences} sentences`,
    );
  }
}
