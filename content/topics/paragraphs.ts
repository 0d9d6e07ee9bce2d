import type * as Md from 'mdast';
import type { Inline, List, Paragraph } from './blocks';
import { type BodyContext, fail, reject, sourceOf } from './bodyContext';
import { convertInlines } from './inlines';

/**
 * Paragraphs and flat lists: one item, one paragraph.
 */

export function convertParagraph(ctx: BodyContext, paragraph: Md.Paragraph): Paragraph {
  return { t: 'p', c: convertParagraphContent(ctx, paragraph) };
}

/** A GFM table delimiter row, e.g. "|---|:--:|"; CommonMark leaves tables as paragraph text. */
export function isTableDelimiterRow(line: string): boolean {
  const row = line.replace(/^[ \t>]*/, '');
  return row.includes('|') && row.includes('-') && /^[|:\- \t]+$/.test(row);
}

export function convertParagraphContent(ctx: BodyContext, paragraph: Md.Paragraph): Inline[] {
  if (sourceOf(ctx, paragraph).split('\n').some(isTableDelimiterRow)) {
    fail(ctx, paragraph, 'tables are not allowed in topics');
  }
  return convertInlines(ctx, paragraph.children);
}

export function convertList(ctx: BodyContext, list: Md.List): List {
  if (list.ordered && (list.start ?? 1) !== 1) fail(ctx, list, 'numbered lists must start at 1');
  return { t: list.ordered ? 'ol' : 'ul', items: list.children.map((item) => convertListItem(ctx, item)) };
}

/** One item is one paragraph: the UI renders items as single lines of inline content. */
export function convertListItem(ctx: BodyContext, item: Md.ListItem): Inline[] {
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
