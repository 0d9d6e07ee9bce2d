/**
 * Build-time compiler for guide topics: Markdown files with YAML front matter in, typed blocks
 * out (the format is described in README-format.md). Node only; the UI never imports this.
 *
 * Every problem throws a ContentError naming the file, the line:column and what to change,
 * because the people who edit topics are writers and should not need to read this code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Md from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import * as v from 'valibot';
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../errors';
import {
  type Block,
  type Callout,
  GROUP_IDS,
  type Heading,
  type Inline,
  type List,
  type Paragraph,
  plainText,
  type Say,
  type Topic,
  type TopicMeta,
  type TopicSources,
} from './blocks';
import { FRONT_MATTER_FIELDS, FrontMatter, KEBAB_ID } from './schema';

// ─── Public API ─────────────────────────────────────────────────────────────────────────────────

/** Compiles one topic file. `file` is only used in error messages (pass a repo-relative path). */
export function compileTopic(source: string, file: string): Topic {
  return analyseTopic(source, file).topic;
}

/**
 * Compiles every topic in one language folder and checks them as a set. Returns the topics in
 * display order: by group (as in GROUP_IDS), then by `order`.
 */
export function loadTopics(dir: string): Topic[] {
  const compiled = topicFiles(dir).map((file) => analyseTopic(readFileSync(file, 'utf8'), displayPath(file)));
  return checkTopicSet(displayPath(dir), compiled);
}

/** Loads every language folder under `root` (content/topics/) and checks they hold the same topics. */
export function loadAllLanguages(root: string): Record<string, Topic[]> {
  const byLanguage: Record<string, Topic[]> = {};
  for (const language of languageFolders(root)) {
    byLanguage[language] = loadTopics(path.join(root, language));
  }
  checkSameTopics(root, byLanguage);
  return byLanguage;
}

// ─── Places in files ────────────────────────────────────────────────────────────────────────────

/**
 * The repository root, found from this file's place (content/topics/) so error paths do not
 * depend on the cwd. Not `new URL('../..', import.meta.url)`: Vite rewrites that as an asset URL.
 */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The path shown in errors: repo-relative inside the repository, absolute elsewhere (tests). */
function displayPath(file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(REPO_ROOT, absolute);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : absolute).split(path.sep).join('/');
}

function lineAt(line: number, column: number): string {
  return `line ${line}:${column}`;
}

// ─── Files and folders ──────────────────────────────────────────────────────────────────────────

/** Language folders are named like WXT locales: "en", "pt_BR", "zh-Hant". */
const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

function listFolder(dir: string) {
  try {
    // Dot entries (.DS_Store, editor swap files) are never content.
    return readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
  } catch {
    throw new ContentError(displayPath(dir), 'folder not found or not readable');
  }
}

/** Every `*.md` in a language folder, sorted; anything else there is probably a mistake. */
function topicFiles(dir: string): string[] {
  return listFolder(dir)
    .map((entry) => {
      const file = path.join(dir, entry.name);
      if (!entry.isFile() || !entry.name.endsWith('.md')) {
        throw new ContentError(displayPath(file), 'only topic files (*.md) belong in a language folder');
      }
      return file;
    })
    .sort();
}

/** The sub-folders of content/topics/, each a language. Code files beside them are ignored. */
function languageFolders(root: string): string[] {
  const names = listFolder(root)
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const name of names) {
    if (!LANGUAGE_FOLDER.test(name)) {
      throw new ContentError(
        displayPath(path.join(root, name)),
        'not a language folder: name it with a language code like "en" or "pt_BR"',
      );
    }
  }
  if (names.length === 0) {
    throw new ContentError(displayPath(root), 'no language folders: topics go in a folder per language, like en/');
  }
  return names;
}

// ─── One topic ──────────────────────────────────────────────────────────────────────────────────

/** A reference to another topic, kept with its place so a broken one can be reported there. */
interface TopicRef {
  id: string;
  kind: 'related' | 'link';
  where: string;
}

/** A compiled topic plus what the set-wide checks need to report problems at the right line. */
interface CompiledTopic {
  file: string;
  topic: Topic;
  refs: TopicRef[];
  idWhere: string;
  orderWhere: string;
}

function analyseTopic(source: string, file: string): CompiledTopic {
  // Be lenient about a BOM and Windows line endings: they are invisible in most editors.
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parts = splitFrontMatter(text, file);
  const front = parseFrontMatter(parts.yaml, file);
  const body = compileBody(parts.body, file, parts.bodyLineOffset);
  const { meta } = front;
  const refs: TopicRef[] = [
    ...meta.related.map((id, i): TopicRef => ({ id, kind: 'related', where: front.where(['related', i]) })),
    ...body.links,
  ];
  rejectSelfReference(file, meta.id, refs);
  return {
    file,
    topic: { ...meta, blocks: body.blocks },
    refs,
    idWhere: front.where(['id']),
    orderWhere: front.where(['order']),
  };
}

function rejectSelfReference(file: string, id: string, refs: readonly TopicRef[]): void {
  const self = refs.find((ref) => ref.id === id);
  if (!self) return;
  const reason =
    self.kind === 'related'
      ? `related lists the topic itself ("${id}")`
      : `a topic must not link to itself (topic:${id})`;
  throw new ContentError(file, reason, self.where);
}

// ─── Front matter ───────────────────────────────────────────────────────────────────────────────

const FENCE = /^---[ \t]*$/;

interface SourceParts {
  yaml: string;
  body: string;
  /** How many lines come before the body, to turn body line numbers into file line numbers. */
  bodyLineOffset: number;
}

function splitFrontMatter(source: string, file: string): SourceParts {
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    throw new ContentError(
      file,
      'missing front matter: the file must start with a line "---", then the fields, then "---"',
      lineAt(1, 1),
    );
  }
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) {
    throw new ContentError(file, 'front matter is not closed: add a line "---" after the last field', lineAt(1, 1));
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLineOffset: close + 1,
  };
}

interface FrontMatterResult {
  meta: TopicMeta & TopicSources;
  /** The place of a field (or a list entry in it), for errors found later. */
  where: (keys: readonly (string | number)[]) => string;
}

function parseFrontMatter(yaml: string, file: string): FrontMatterResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  // The YAML starts on line 2 of the file, after the opening "---".
  const placeAt = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return lineAt(line + 1, col);
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    throw new ContentError(file, `front matter is not valid YAML: ${problem.message}`, placeAt(problem.pos[0]));
  }
  const where = (keys: readonly (string | number)[]) => placeAt(valueOffset(doc, keys));
  const result = v.safeParse(FrontMatter, doc.toJS());
  if (!result.success) {
    const [issue] = result.issues;
    const keys = issueKeys(issue);
    // An unknown field is wrong as a whole, so point at its name rather than its value.
    const offset = isUnknownField(issue) ? keyOffset(doc, keys[0]) : valueOffset(doc, keys);
    throw new ContentError(file, describeIssue(issue), placeAt(offset));
  }
  checkSourcesAndDate(file, result.output, where);
  return { meta: result.output, where };
}

/** A list of sources says nothing without the day it was checked, and a date nothing without sources. */
function checkSourcesAndDate(file: string, meta: TopicSources, where: FrontMatterResult['where']): void {
  if (meta.sources !== undefined && meta.reviewed === undefined) {
    throw new ContentError(
      file,
      'sources need a "reviewed" date (YYYY-MM-DD): the day the facts were last checked against them',
      where(['sources']),
    );
  }
  if (meta.reviewed !== undefined && meta.sources === undefined) {
    throw new ContentError(
      file,
      '"reviewed" needs "sources": list the https:// pages the facts were checked against',
      where(['reviewed']),
    );
  }
}

/** Where a value sits in the YAML; falls back to its key, then to the start of the YAML. */
function valueOffset(doc: Document, keys: readonly (string | number)[]): number {
  const node = keys.length > 0 ? doc.getIn(keys, true) : undefined;
  return isNode(node) && node.range ? node.range[0] : keyOffset(doc, keys[0]);
}

function keyOffset(doc: Document, key: string | number | undefined): number {
  const root = doc.contents;
  const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
  return root?.range?.[0] ?? 0;
}

function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'string' || typeof item.key === 'number') keys.push(item.key);
  }
  return keys;
}

/** valibot reports a key that strictObject does not know as expecting "never". */
function isUnknownField(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

/** Field-level messages are written in schema.ts; object-level ones are worded here. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type !== 'strict_object') return issue.message;
  const [field] = issueKeys(issue);
  if (field === undefined) return 'front matter must be a list of "field: value" lines';
  if (isUnknownField(issue)) return `unknown field "${field}" (allowed: ${FRONT_MATTER_FIELDS.join(', ')})`;
  return `missing field "${field}"`;
}

// ─── Body: Markdown to blocks ───────────────────────────────────────────────────────────────────

interface BodyContext {
  file: string;
  body: string;
  bodyLineOffset: number;
  /** Heading ids used so far, to keep them unique within the topic. */
  slugs: Set<string>;
  links: TopicRef[];
}

type Positioned = { position?: Md.Node['position'] };

function compileBody(body: string, file: string, bodyLineOffset: number): { blocks: Block[]; links: TopicRef[] } {
  const ctx: BodyContext = { file, body, bodyLineOffset, slugs: new Set(), links: [] };
  const blocks = fromMarkdown(body).children.map((node) => convertBlock(ctx, node));
  if (blocks.length === 0) {
    throw new ContentError(file, 'the topic has no text after the front matter', lineAt(bodyLineOffset + 1, 1));
  }
  return { blocks, links: ctx.links };
}

/** The place of a body offset in the file (the body starts after the front matter). */
function placeAt(ctx: BodyContext, offset: number): string {
  const before = ctx.body.slice(0, offset);
  const line = before.split('\n').length + ctx.bodyLineOffset;
  return lineAt(line, offset - before.lastIndexOf('\n'));
}

/** Offsets are used rather than mdast's line/column so that nodes trimmed here stay placeable. */
function placeOf(ctx: BodyContext, node: Positioned): string {
  return placeAt(ctx, node.position?.start.offset ?? 0);
}

function fail(ctx: BodyContext, node: Positioned, reason: string): never {
  throw new ContentError(ctx.file, reason, placeOf(ctx, node));
}

/** The Markdown source of a node, for checks that need what the author typed (escapes, `<`). */
function sourceOf(ctx: BodyContext, node: Positioned): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : ctx.body.slice(start, end);
}

const HELPLINES_HINT = 'websites and phone numbers live in the helplines data; link to it with [text](helplines:)';

const REASONS: Partial<Record<Md.Nodes['type'], string>> = {
  html: 'HTML is not allowed in topics',
  image: 'images are not allowed in topics',
  imageReference: 'images are not allowed in topics',
  code: 'code blocks are not allowed in topics (a line indented by 4 spaces is one too)',
  inlineCode: 'inline code (`…`) is not allowed in topics',
  thematicBreak: 'horizontal rules (---, ***) are not allowed in topics',
  table: 'tables are not allowed in topics',
  definition: 'link reference definitions ([label]: …) are not allowed in topics',
  linkReference: 'reference-style links are not allowed: write [text](topic:<id>) or [text](helplines:)',
  footnoteDefinition: 'footnotes are not allowed in topics',
  footnoteReference: 'footnotes are not allowed in topics',
  delete: 'strikethrough is not allowed in topics',
  heading: 'headings are not allowed inside lists or callouts',
  blockquote: 'blockquotes cannot be nested inside lists or other blockquotes',
  list: 'nested lists are not allowed: keep lists flat',
};

function reject(ctx: BodyContext, node: Md.Nodes): never {
  // Without the GFM extension, footnotes parse as references whose label starts with "^".
  const isFootnote = (node.type === 'definition' || node.type === 'linkReference') && node.label?.startsWith('^');
  const reason = isFootnote ? REASONS.footnoteDefinition : REASONS[node.type];
  fail(ctx, node, reason ?? `${node.type} is not allowed in topics`);
}

function convertBlock(ctx: BodyContext, node: Md.RootContent): Block {
  switch (node.type) {
    case 'heading':
      return convertHeading(ctx, node);
    case 'paragraph':
      return convertParagraph(ctx, node);
    case 'list':
      return convertList(ctx, node);
    case 'blockquote':
      return convertBlockquote(ctx, node);
    default:
      return reject(ctx, node);
  }
}

// ─── Headings ───────────────────────────────────────────────────────────────────────────────────

function convertHeading(ctx: BodyContext, heading: Md.Heading): Heading {
  // A "---" line under a paragraph silently makes a heading; authors rarely mean that.
  if (!sourceOf(ctx, heading).startsWith('#')) {
    fail(
      ctx,
      heading,
      'underlined headings are not allowed: write "## Heading" (a "---" or "===" line under text makes one)',
    );
  }
  if (heading.depth === 1) {
    fail(ctx, heading, '"#" headings are not allowed: the title comes from the front matter; use "##" for sections');
  }
  if (heading.depth > 3) {
    fail(ctx, heading, `only "##" and "###" headings are allowed, not "${'#'.repeat(heading.depth)}"`);
  }
  const c = convertInlines(ctx, heading.children);
  return { t: heading.depth === 2 ? 'h2' : 'h3', id: uniqueSlug(ctx, heading, plainText(c)), c };
}

/** Kebab slug of any script: letters (with their combining marks) and digits, joined by "-". */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Two sections may share a heading (e.g. "What you could say"); the later ids get "-2", "-3"… */
function uniqueSlug(ctx: BodyContext, heading: Md.Heading, text: string): string {
  const base = slugify(text);
  if (base === '') fail(ctx, heading, 'a heading needs words');
  let slug = base;
  for (let n = 2; ctx.slugs.has(slug); n += 1) slug = `${base}-${n}`;
  ctx.slugs.add(slug);
  return slug;
}

// ─── Paragraphs and lists ───────────────────────────────────────────────────────────────────────

function convertParagraph(ctx: BodyContext, paragraph: Md.Paragraph): Paragraph {
  return { t: 'p', c: convertParagraphContent(ctx, paragraph) };
}

/** A GFM table delimiter row, e.g. "|---|:--:|"; CommonMark leaves tables as paragraph text. */
function isTableDelimiterRow(line: string): boolean {
  const row = line.replace(/^[ \t>]*/, '');
  return row.includes('|') && row.includes('-') && /^[|:\- \t]+$/.test(row);
}

function convertParagraphContent(ctx: BodyContext, paragraph: Md.Paragraph): Inline[] {
  if (sourceOf(ctx, paragraph).split('\n').some(isTableDelimiterRow)) {
    fail(ctx, paragraph, 'tables are not allowed in topics');
  }
  return convertInlines(ctx, paragraph.children);
}

function convertList(ctx: BodyContext, list: Md.List): List {
  if (list.ordered && (list.start ?? 1) !== 1) fail(ctx, list, 'numbered lists must start at 1');
  return { t: list.ordered ? 'ol' : 'ul', items: list.children.map((item) => convertListItem(ctx, item)) };
}

/** One item is one paragraph: the UI renders items as single lines of inline content. */
function convertListItem(ctx: BodyContext, item: Md.ListItem): Inline[] {
  const paragraphs: Md.Paragraph[] = [];
  for (const child of item.children) {
    if (child.type !== 'paragraph') reject(ctx, child);
    paragraphs.push(child);
  }
  const [first, second] = paragraphs;
  if (first === undefined) fail(ctx, item, 'empty list item');
  if (second !== undefined) fail(ctx, second, 'a list item must be a single paragraph (no blank line inside an item)');
  return convertParagraphContent(ctx, first);
}

// ─── Say and callouts ───────────────────────────────────────────────────────────────────────────

type Marker = 'say' | 'note' | 'important';

// A Map, not an object: "[!constructor]" must not find Object.prototype.constructor.
const MARKERS: ReadonlyMap<string, Marker> = new Map([
  ['SAY', 'say'],
  ['NOTE', 'note'],
  ['IMPORTANT', 'important'],
]);
const MARKER_HELP = 'start it with a line [!SAY], [!NOTE] or [!IMPORTANT]';
const MARKER_TEXT = /^\[!([^\]\s]*)\]/;

type QuoteContent = Md.Blockquote['children'];

function convertBlockquote(ctx: BodyContext, quote: Md.Blockquote): Say | Callout {
  const { marker, content } = splitMarker(ctx, quote);
  return marker === 'say' ? convertSay(ctx, quote, content) : convertCallout(ctx, marker, quote, content);
}

/**
 * CommonMark has no callouts: "> [!NOTE]" arrives as a blockquote whose first paragraph starts
 * with the text "[!NOTE]" (or with a link reference labelled "!NOTE" if the file also defines
 * "[!NOTE]: …"). Takes the marker off and returns what follows it.
 */
function splitMarker(ctx: BodyContext, quote: Md.Blockquote): { marker: Marker; content: QuoteContent } {
  const [first, ...others] = quote.children;
  const found = first?.type === 'paragraph' ? readMarker(first.children) : undefined;
  if (first?.type !== 'paragraph' || found === undefined) {
    fail(ctx, quote, `a blockquote must be a callout: ${MARKER_HELP}`);
  }
  const marker = MARKERS.get(found.name);
  if (marker === undefined) fail(ctx, first, `unknown marker [!${found.name}]: ${MARKER_HELP}`);
  if (found.sameLine) fail(ctx, first, `put [!${found.name}] on a line of its own, with the text on the next line`);
  const content = found.rest.length > 0 ? [{ ...first, children: found.rest }, ...others] : others;
  return { marker, content };
}

interface FoundMarker {
  name: string;
  /** The inline content after the marker line. */
  rest: Md.PhrasingContent[];
  /** Text follows the marker on the same line (GitHub would not show that as a callout). */
  sameLine: boolean;
}

function readMarker(children: readonly Md.PhrasingContent[]): FoundMarker | undefined {
  const [head, ...tail] = children;
  if (head?.type === 'text') {
    const match = MARKER_TEXT.exec(head.value);
    if (!match) return undefined;
    const after = head.value.slice(match[0].length);
    return afterMarker(match[1] ?? '', after === '' ? tail : [trimStart(head, match[0].length), ...tail]);
  }
  if (head?.type === 'linkReference' && head.referenceType === 'shortcut' && head.label?.startsWith('!')) {
    return afterMarker(head.label.slice(1), tail);
  }
  return undefined;
}

/** The marker must end its line: what follows is a soft or hard line break, or nothing. */
function afterMarker(name: string, rest: Md.PhrasingContent[]): FoundMarker {
  const [next, ...tail] = rest;
  if (next === undefined) return { name, rest: [], sameLine: false };
  if (next.type === 'break') return { name, rest: tail, sameLine: false };
  if (next.type === 'text' && next.value.startsWith('\n')) {
    return { name, rest: next.value === '\n' ? tail : [trimStart(next, 1), ...tail], sameLine: false };
  }
  return { name, rest, sameLine: true };
}

/** A text node without its first `count` characters, its position moved to match. */
function trimStart(text: Md.Text, count: number): Md.Text {
  const position = text.position && {
    ...text.position,
    start: { ...text.position.start, offset: (text.position.start.offset ?? 0) + count },
  };
  return { ...text, value: text.value.slice(count), position };
}

function convertSay(ctx: BodyContext, quote: Md.Blockquote, content: QuoteContent): Say {
  const [list, extra] = content;
  if (list?.type !== 'list' || list.ordered) {
    fail(ctx, list ?? quote, '[!SAY] must contain one bullet list, one phrase per item ("> - …")');
  }
  if (extra !== undefined) {
    fail(ctx, extra, '[!SAY] must contain only its bullet list: put other text outside it or in a [!NOTE]');
  }
  return { t: 'say', items: convertList(ctx, list).items };
}

function convertCallout(
  ctx: BodyContext,
  kind: 'note' | 'important',
  quote: Md.Blockquote,
  content: QuoteContent,
): Callout {
  const blocks = content.map((node) => convertCalloutBlock(ctx, node));
  if (!blocks.some((block) => block.t === 'p')) {
    fail(ctx, quote, `[!${kind.toUpperCase()}] must contain at least one paragraph`);
  }
  return { t: kind, blocks };
}

function convertCalloutBlock(ctx: BodyContext, node: QuoteContent[number]): Paragraph | List {
  if (node.type === 'paragraph') return convertParagraph(ctx, node);
  if (node.type === 'list') return convertList(ctx, node);
  return reject(ctx, node);
}

// ─── Inline content ─────────────────────────────────────────────────────────────────────────────

function convertInlines(ctx: BodyContext, nodes: readonly Md.PhrasingContent[]): Inline[] {
  return tidyText(nodes.map((node) => convertInline(ctx, node)));
}

function convertInline(ctx: BodyContext, node: Md.PhrasingContent): Inline {
  switch (node.type) {
    case 'text':
      checkText(ctx, node);
      return { t: 'text', v: node.value };
    case 'break':
      // Topics reflow to the popup's width, so a forced line break reads as a space.
      return { t: 'text', v: ' ' };
    case 'strong':
      return { t: 'strong', c: convertInlines(ctx, node.children) };
    case 'emphasis':
      return { t: 'em', c: convertInlines(ctx, node.children) };
    case 'link':
      return convertLink(ctx, node);
    default:
      return reject(ctx, node);
  }
}

/** Merges neighbouring text and folds line breaks and runs of spaces into one space. */
function tidyText(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged.at(-1);
    if (inline.t === 'text' && last?.t === 'text') last.v += inline.v;
    else merged.push(inline);
  }
  for (const inline of merged) {
    if (inline.t === 'text') inline.v = inline.v.replace(/[ \t\n]+/g, ' ');
  }
  return merged.filter((inline) => inline.t !== 'text' || inline.v !== '');
}

/**
 * Mistakes that CommonMark quietly turns into plain text. Checked on the source, where an
 * author's "\[" escape is still visible.
 */
const TEXT_PROBLEMS: readonly (readonly [RegExp, string])[] = [
  [/(?<!\\)\[\^[^\]]*\]/, 'footnotes are not allowed in topics'],
  [/(?<!\\)\[![A-Za-z]*\]/, 'a marker like [!NOTE] must be the first line of a blockquote: "> [!NOTE]"'],
  [/\b(?:https?:\/\/|www\.)\S/i, `web addresses are not allowed in topics: ${HELPLINES_HINT}`],
  [/\b[\w.+-]+@[\w-]+\.[\w.]+/, `email addresses are not allowed in topics: ${HELPLINES_HINT}`],
  // Seven or more digits, maybe grouped: a phone number, which would go stale outside the helplines data.
  [/\+?\d(?:[ .()-]{0,2}\d){6,}/, `phone numbers are not allowed in topics: ${HELPLINES_HINT}`],
  [/~~[^~\n]+~~/, 'strikethrough (~~…~~) is not allowed in topics'],
  [
    /(?<!\\)\]\s+\(|\]\s*\[|\((?:topic|helplines):/,
    'this looks like a broken link: write [text](topic:<id>) or [text](helplines:), with nothing between ] and (',
  ],
];

function checkText(ctx: BodyContext, text: Md.Text): void {
  const source = sourceOf(ctx, text);
  for (const [pattern, reason] of TEXT_PROBLEMS) {
    const match = pattern.exec(source);
    if (match) {
      throw new ContentError(ctx.file, reason, placeAt(ctx, (text.position?.start.offset ?? 0) + match.index));
    }
  }
}

function convertLink(ctx: BodyContext, link: Md.Link): Inline {
  if (sourceOf(ctx, link).startsWith('<')) {
    fail(ctx, link, `links in angle brackets (<…>) are not allowed in topics: ${HELPLINES_HINT}`);
  }
  if (link.title) fail(ctx, link, 'link titles ("…" after the target) are not allowed');
  const c = convertInlines(ctx, link.children);
  if (plainText(c).trim() === '') fail(ctx, link, 'a link needs text: [text](…)');
  if (link.url === 'helplines:') return { t: 'helplines', c };
  if (link.url.startsWith('topic:')) return { t: 'topic', id: topicLinkId(ctx, link), c };
  return fail(ctx, link, linkTargetReason(link.url));
}

function linkTargetReason(url: string): string {
  if (/^(?:https?:|www\.|mailto:|tel:)/i.test(url)) {
    return `web, email and phone links are not allowed in topics (found "${url}"): ${HELPLINES_HINT}`;
  }
  return `a link may only point to topic:<id> or helplines: (found "${url}")`;
}

function topicLinkId(ctx: BodyContext, link: Md.Link): string {
  const id = link.url.slice('topic:'.length);
  if (!KEBAB_ID.test(id)) {
    fail(ctx, link, `"${link.url}" is not a topic link: write topic: and a topic id, like topic:saying-no`);
  }
  ctx.links.push({ id, kind: 'link', where: placeOf(ctx, link) });
  return id;
}

// ─── Checks across a language ───────────────────────────────────────────────────────────────────

function checkTopicSet(dir: string, compiled: readonly CompiledTopic[]): Topic[] {
  checkUniqueIds(compiled);
  for (const entry of compiled) checkIdIsFileName(entry);
  checkUniqueOrder(compiled);
  checkRefsResolve(compiled);
  checkNoEmptyGroup(dir, compiled);
  return compiled.map((entry) => entry.topic).sort(byDisplayOrder);
}

function fileId(file: string): string {
  return path.posix.basename(file, '.md');
}

/**
 * Runs before the file-name check so that a copied file whose id was not changed is reported
 * as a duplicate, on the copy rather than on the original.
 */
function checkUniqueIds(compiled: readonly CompiledTopic[]): void {
  const byId = new Map<string, CompiledTopic>();
  for (const entry of compiled) {
    const other = byId.get(entry.topic.id);
    if (other) {
      const [original, copy] = fileId(entry.file) === entry.topic.id ? [entry, other] : [other, entry];
      throw new ContentError(copy.file, `id "${copy.topic.id}" is already used by ${original.file}`, copy.idWhere);
    }
    byId.set(entry.topic.id, entry);
  }
}

function checkIdIsFileName(entry: CompiledTopic): void {
  const expected = fileId(entry.file);
  if (entry.topic.id !== expected) {
    throw new ContentError(
      entry.file,
      `id "${entry.topic.id}" must equal the file name "${expected}": rename the file or change the id`,
      entry.idWhere,
    );
  }
}

function checkUniqueOrder(compiled: readonly CompiledTopic[]): void {
  const byPlace = new Map<string, CompiledTopic>();
  for (const entry of compiled) {
    const { group, order } = entry.topic;
    const other = byPlace.get(`${group} ${order}`);
    if (other) {
      throw new ContentError(
        entry.file,
        `order ${order} in group "${group}" is already used by ${other.file}`,
        entry.orderWhere,
      );
    }
    byPlace.set(`${group} ${order}`, entry);
  }
}

function checkRefsResolve(compiled: readonly CompiledTopic[]): void {
  const ids = new Set(compiled.map((entry) => entry.topic.id));
  for (const entry of compiled) {
    const broken = entry.refs.find((ref) => !ids.has(ref.id));
    if (broken) {
      const what = broken.kind === 'related' ? 'related topic' : 'link to topic';
      throw new ContentError(entry.file, `${what} "${broken.id}" does not exist`, broken.where);
    }
  }
}

/** The home list shows every group as a heading; an empty one would be a heading over nothing. */
function checkNoEmptyGroup(dir: string, compiled: readonly CompiledTopic[]): void {
  const used = new Set(compiled.map((entry) => entry.topic.group));
  const empty = GROUP_IDS.filter((group) => !used.has(group));
  if (empty.length > 0) {
    throw new ContentError(dir, `every group needs at least one topic; empty: ${empty.join(', ')}`);
  }
}

function byDisplayOrder(a: Topic, b: Topic): number {
  return GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group) || a.order - b.order;
}

// ─── Checks across languages ────────────────────────────────────────────────────────────────────

/** English is the source language, so other languages are compared with it. */
function checkSameTopics(root: string, byLanguage: Readonly<Record<string, Topic[]>>): void {
  const languages = Object.keys(byLanguage);
  const reference = languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  const expected = new Set((byLanguage[reference] ?? []).map((topic) => topic.id));
  for (const language of languages) {
    const actual = new Set((byLanguage[language] ?? []).map((topic) => topic.id));
    const missing = [...expected].filter((id) => !actual.has(id));
    const extra = [...actual].filter((id) => !expected.has(id));
    if (missing.length > 0 || extra.length > 0) {
      throw new ContentError(displayPath(path.join(root, language)), describeDifference(reference, missing, extra));
    }
  }
}

function describeDifference(reference: string, missing: readonly string[], extra: readonly string[]): string {
  const parts = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    extra.length > 0 ? `extra ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return `topics must be the same as in ${reference}/: ${parts.join('; ')}`;
}
