/**
 * Prints the reading level of topic files, each compiled on its own, so a writer can check a
 * topic while the others are still being written:
 *
 *   npm run measure:topics -- content/topics/fr/saying-no.md content/topics/en/saying-no.md
 *
 * The language is the file's folder; its measure and bars are in readingMeasures.ts (English:
 * Flesch–Kincaid grade; Spanish: INFLESZ; French: Kandel–Moles; Portuguese: Martins et al.). The tests hold every topic to the
 * same bars (tests/topics-content.test.ts, tests/topics-spanish.test.ts,
 * tests/topics-readability.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileTopic } from './compile';
import { READING_MEASURES } from './readingMeasures';

for (const file of process.argv.slice(2)) {
  const topic = compileTopic(readFileSync(file, 'utf8'), file);
  const language = path.basename(path.dirname(file));
  const measure = READING_MEASURES[language];
  if (!measure) {
    console.log(`${file}: no reading measure for "${language}": add one to content/topics/readingMeasures.ts`);
    process.exitCode = 1;
    continue;
  }
  const { figure, ok, detail } = measure(topic);
  console.log(`${file}: ${figure} ${ok ? 'ok' : 'TOO HARD'} · ${detail}`);
}
