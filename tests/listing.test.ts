/**
 * The store listing (content/listing/): one per language the guide speaks, every public field
 * free of revealing words in every language's list, within the stores' limits, with notes for the
 * version in package.json; the reviewer-only file complete. Each rule is shown failing on a fixture.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { guideLanguages } from '../content/languages';
import { checkListing, checkListings, LISTING_DIR, REVIEW_FILE } from '../content/listing/listing';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIR = path.join(ROOT, LISTING_DIR);
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const english = () => parse(readFileSync(path.join(DIR, 'en.yaml'), 'utf8')) as Record<string, unknown>;

let temp = '';
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = '';
});

/** A listing folder with the real files, and `changes` written over them (file name → YAML data). */
function folder(changes: Record<string, unknown> = {}): string {
  temp = mkdtempSync(path.join(tmpdir(), 'pg-listing-'));
  for (const file of ['en.yaml', 'es.yaml', REVIEW_FILE]) copyFileSync(path.join(DIR, file), path.join(temp, file));
  for (const [file, data] of Object.entries(changes)) writeFileSync(path.join(temp, file), stringify(data));
  return temp;
}

/** The languages the guide speaks now: every one needs a listing. */
const languages = guideLanguages(path.join(ROOT, 'content'));

describe('the listings in content/listing/', () => {
  it('pass for every language the guide speaks, for the version in package.json, with storage justified', () => {
    const { listings } = checkListings(DIR, languages, version, ['storage']);

    expect(Object.keys(listings)).toEqual(languages);
  });

  it('fail on the fixture whose description names the purpose, naming the file, the field and the word', () => {
    const file = path.join(ROOT, 'tests/fixtures/listing-revealing/en.yaml');

    expect(() => checkListing(file, '0.1.0')).toThrow(/en\.yaml: description: holds "consent" \(en list\)/);
  });

  it('fail on another language\'s revealing word (Spanish "ayuda" in the English listing)', () => {
    const dir = folder({ 'en.yaml': { ...english(), summary: 'Una pequeña ayuda.' } });

    expect(() => checkListings(dir, ['en', 'es'], version, ['storage'])).toThrow(/summary: holds "ayuda" \(es list\)/);
  });

  it('fail in version notes too, which the store shows to everyone', () => {
    const dir = folder({ 'en.yaml': { ...english(), versionNotes: { [version]: 'A faster panic button.' } } });

    expect(() => checkListings(dir, ['en', 'es'], version, ['storage'])).toThrow(/versionNotes\.[\d.]+: holds "panic"/);
  });

  it('fail naming the missing file when the guide speaks a language with no listing', () => {
    expect(() => checkListings(DIR, [...languages, 'xx'], version, ['storage'])).toThrow(
      /content\/listing\/xx\.yaml: is missing: the guide speaks xx/,
    );
  });

  it('fail without notes for the version in package.json', () => {
    expect(() => checkListings(DIR, languages, '9.9.9', ['storage'])).toThrow(/has no notes for version 9\.9\.9/);
  });

  it("fail on a summary longer than the Chrome Web Store's 132 characters", () => {
    const dir = folder({ 'en.yaml': { ...english(), summary: 'A quiet reference. '.repeat(8) } });

    expect(() => checkListings(dir, ['en', 'es'], version, ['storage'])).toThrow(/summary: is longer than 132/);
  });

  it('fail when review.yaml does not justify exactly the permissions the manifest asks for', () => {
    expect(() => checkListings(DIR, languages, version, ['storage', 'tabs'])).toThrow(
      /review\.yaml: permissions: justifies storage, but the manifest asks for storage, tabs/,
    );
  });
});
