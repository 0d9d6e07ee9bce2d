/**
 * The store listing (content/listing/<language>.yaml, one per language the guide speaks) and the
 * reviewer-only answers (content/listing/review.yaml). A listing is public: anyone can open the
 * store page from the browser's extensions page, so every field must pass the revealing-words list
 * of every language (revealing.ts), and the name and summary must fit the stores' limits. The plain
 * purpose goes only in review.yaml. Problems stop `npm run release` (and fail `npm test`), naming
 * the file, the field and the word. Node only. README, "Release".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { ContentError } from '../errors';
import { parseYaml } from '../helplines/files';
import { revealingWord } from '../revealing';

export const LISTING_DIR = path.join('content', 'listing');
/** addons.mozilla.org's name limit (the strictest of the three stores). */
export const NAME_LIMIT = 50;
/** Chrome Web Store's summary (the manifest description); Edge and addons.mozilla.org (250) take it too. */
export const SUMMARY_LIMIT = 132;
/** The reviewer-only file, in English. */
export const REVIEW_FILE = 'review.yaml';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'));
const listingSchema = v.strictObject({
  name: v.pipe(text, v.maxLength(NAME_LIMIT, `is longer than ${NAME_LIMIT} characters`)),
  summary: v.pipe(text, v.maxLength(SUMMARY_LIMIT, `is longer than ${SUMMARY_LIMIT} characters`)),
  description: text,
  category: v.strictObject({ chrome: text, edge: text, firefox: text }),
  versionNotes: v.record(v.string(), text),
});
export type Listing = v.InferOutput<typeof listingSchema>;

const reviewSchema = v.strictObject({
  singlePurpose: text,
  permissions: v.record(v.string(), text),
  privacy: v.strictObject({
    remoteCode: text,
    dataCollected: text,
    certifications: text,
    privacyPolicy: text,
  }),
  reviewerNotes: text,
  sourceNotes: text,
});
export type Review = v.InferOutput<typeof reviewSchema>;

function parse<T>(schema: v.GenericSchema<unknown, T>, file: string): T {
  const result = v.safeParse(schema, parseYaml(readFileSync(file, 'utf8'), file));
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new ContentError(file, issue.message, v.getDotPath(issue) ?? undefined);
}

/** Every public string of a listing, with the field it is in. */
function publicStrings(listing: Listing): [field: string, text: string][] {
  return [
    ['name', listing.name],
    ['summary', listing.summary],
    ['description', listing.description],
    ...Object.entries(listing.category).map(([store, name]): [string, string] => [`category.${store}`, name]),
    ...Object.entries(listing.versionNotes).map(([version, notes]): [string, string] => [
      `versionNotes.${version}`,
      notes,
    ]),
  ];
}

/**
 * Reads and checks the listing `file`: its shape, the limits, notes for `version`, and no revealing
 * word (of any language's list) in any public field.
 */
export function checkListing(file: string, version: string): Listing {
  const listing = parse(listingSchema, file);
  for (const [field, value] of publicStrings(listing)) {
    const found = revealingWord(value);
    if (found) {
      throw new ContentError(
        file,
        `holds "${found.word}" (${found.language} list), a word that reveals the guide's purpose; the public store page shows this field (safety rule 2). Say it in neutral words, and keep the plain purpose for ${REVIEW_FILE}`,
        field,
      );
    }
  }
  if (!listing.versionNotes[version])
    throw new ContentError(file, `has no notes for version ${version} (package.json)`, 'versionNotes');
  return listing;
}

/** Reads and checks the reviewer-only answers: every field there, and one justification per permission. */
export function checkReview(file: string, permissions: readonly string[]): Review {
  const review = parse(reviewSchema, file);
  const justified = Object.keys(review.permissions).sort();
  if (JSON.stringify(justified) !== JSON.stringify([...permissions].sort()))
    throw new ContentError(
      file,
      `justifies ${justified.join(', ') || 'nothing'}, but the manifest asks for ${permissions.join(', ')}`,
      'permissions',
    );
  return review;
}

/**
 * Every listing in `dir`, checked: one for each of `languages` (the languages the guide speaks,
 * languages.ts guideLanguages), none for another, and review.yaml.
 */
export function checkListings(
  dir: string,
  languages: readonly string[],
  version: string,
  permissions: readonly string[],
): { listings: Record<string, Listing>; review: Review } {
  const present = existsSync(dir)
    ? readdirSync(dir).flatMap((file) => (file.endsWith('.yaml') && file !== REVIEW_FILE ? [file.slice(0, -5)] : []))
    : [];
  for (const language of languages) {
    if (!present.includes(language))
      throw new ContentError(
        path.join(dir, `${language}.yaml`),
        `is missing: the guide speaks ${language}, so its store page needs a listing in ${language} (translate en.yaml; README, "Release")`,
      );
  }
  for (const language of present) {
    if (!languages.includes(language))
      throw new ContentError(
        path.join(dir, `${language}.yaml`),
        `is a listing in ${language}, which the guide does not speak (languages: ${languages.join(', ')})`,
      );
  }
  const listings = Object.fromEntries(
    languages.map((language) => [language, checkListing(path.join(dir, `${language}.yaml`), version)]),
  );
  return { listings, review: checkReview(path.join(dir, REVIEW_FILE), permissions) };
}
