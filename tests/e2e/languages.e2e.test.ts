/**
 * The guide with Chromium started in each language besides English (LANGUAGE and --lang; Debian
 * needs chromium-l10n), on the journeys every language shares (languageJourneys.ts) and on what
 * only one language checks (spanishSuite.ts, frenchSuite.ts, portugueseSuite.ts). One test file, so the languages
 * share its imports (Vitest loads a test file's modules once per file); one Chromium per language,
 * launched and closed inside its own describe, one after the other.
 */
import { describe } from 'vitest';
import { frenchSuite } from './frenchSuite';
import { portugueseSuite } from './portugueseSuite';
import { spanishSuite } from './spanishSuite';

describe('Chromium in Spanish', spanishSuite);

describe('Chromium in French', frenchSuite);

describe('Chromium in Portuguese', portugueseSuite);
