import type * as Md from 'mdast';
import { ContentError } from '../errors';
import type { Risk } from './blocks';
import { lineAt, type TopicRef } from './places';

/**
 * What every stage of the body shares: the file, the place of a node, and failing with a reason
 * there.
 */

export interface BodyContext {
  file: string;
  body: string;
  bodyLineOffset: number;
  /** Heading ids used so far, to keep them unique within the topic. */
  slugs: Set<string>;
  links: TopicRef[];
  /** The topic's `risk`, which limits who its "things you could say" boxes may be for. */
  risk?: Risk;
}

export type Positioned = { position?: Md.Node['position'] };

/** The place of a body offset in the file (the body starts after the front matter). */
export function placeAt(ctx: BodyContext, offset: number): string {
  const before = ctx.body.slice(0, offset);
  const line = before.split('\n').length + ctx.bodyLineOffset;
  return lineAt(line, offset - before.lastIndexOf('\n'));
}

/** Offsets are used rather than mdast's line/column so that nodes trimmed here stay placeable. */
export function placeOf(ctx: BodyContext, node: Positioned): string {
  return placeAt(ctx, node.position?.start.offset ?? 0);
}

export function fail(ctx: BodyContext, node: Positioned, reason: string): never {
  throw new ContentError(ctx.file, reason, placeOf(ctx, node));
}

/** The Markdown source of a node, for checks that need what the author typed (escapes, `<`). */
export function sourceOf(ctx: BodyContext, node: Positioned): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : ctx.body.slice(start, end);
}

export const HELPLINES_HINT =
  'websites and phone numbers live in the helplines data; link to it with [text](helplines:)';

export const REASONS: Partial<Record<Md.Nodes['type'], string>> = {
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

export function reject(ctx: BodyContext, node: Md.Nodes): never {
  // Without the GFM extension, footnotes parse as references whose label starts with "^".
  const isFootnote = (node.type === 'definition' || node.type === 'linkReference') && node.label?.startsWith('^');
  const reason = isFootnote ? REASONS.footnoteDefinition : REASONS[node.type];
  fail(ctx, node, reason ?? `${node.type} is not allowed in topics`);
}
