import type * as Md from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { ContentError } from '../errors';
import { type Block, type Heading, plainText, type Risk } from './blocks';
import { type BodyContext, fail, reject, sourceOf } from './bodyContext';
import { convertBlockquote } from './callouts';
import { convertInlines } from './inlines';
import { convertList, convertParagraph } from './paragraphs';
import { lineAt, type TopicRef } from './places';

/**
 * Stage 2: Markdown to blocks. The body is parsed with mdast and each top-level node becomes a
 * typed block; anything the guide does not allow stops the build at its line.
 */

export function compileBody(
  body: string,
  file: string,
  bodyLineOffset: number,
  risk?: Risk,
): { blocks: Block[]; links: TopicRef[] } {
  const ctx: BodyContext = { file, body, bodyLineOffset, slugs: new Set(), links: [], risk };
  const blocks = fromMarkdown(body).children.map((node) => convertBlock(ctx, node));
  if (blocks.length === 0) {
    throw new ContentError(file, 'the topic has no text after the front matter', lineAt(bodyLineOffset + 1, 1));
  }
  return { blocks, links: ctx.links };
}

export function convertBlock(ctx: BodyContext, node: Md.RootContent): Block {
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

export function convertHeading(ctx: BodyContext, heading: Md.Heading): Heading {
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
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Two sections may share a heading (e.g. "What you could say"); the later ids get "-2", "-3"… */
export function uniqueSlug(ctx: BodyContext, heading: Md.Heading, text: string): string {
  const base = slugify(text);
  if (base === '') fail(ctx, heading, 'a heading needs words');
  let slug = base;
  for (let n = 2; ctx.slugs.has(slug); n += 1) slug = `${base}-${n}`;
  ctx.slugs.add(slug);
  return slug;
}
