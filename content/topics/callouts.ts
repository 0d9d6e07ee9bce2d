import type * as Md from 'mdast';
import type { Callout, List, Paragraph, Say } from './blocks';
import { type BodyContext, fail, reject } from './bodyContext';
import { convertList, convertParagraph } from './paragraphs';

/**
 * Blockquotes: [!SAY] phrase lists and [!NOTE] / [!IMPORTANT] callouts.
 */

export type Marker = 'say' | 'note' | 'important';

// A Map, not an object: "[!constructor]" must not find Object.prototype.constructor.
export const MARKERS: ReadonlyMap<string, Marker> = new Map([
  ['SAY', 'say'],
  ['NOTE', 'note'],
  ['IMPORTANT', 'important'],
]);
export const MARKER_HELP = 'start it with a line [!SAY], [!NOTE] or [!IMPORTANT]';
export const MARKER_TEXT = /^\[!([^\]\s]*)\]/;

export type QuoteContent = Md.Blockquote['children'];

export function convertBlockquote(ctx: BodyContext, quote: Md.Blockquote): Say | Callout {
  const { marker, content } = splitMarker(ctx, quote);
  return marker === 'say' ? convertSay(ctx, quote, content) : convertCallout(ctx, marker, quote, content);
}

/**
 * CommonMark has no callouts: "> [!NOTE]" arrives as a blockquote whose first paragraph starts
 * with the text "[!NOTE]" (or with a link reference labelled "!NOTE" if the file also defines
 * "[!NOTE]: …"). Takes the marker off and returns what follows it.
 */
export function splitMarker(ctx: BodyContext, quote: Md.Blockquote): { marker: Marker; content: QuoteContent } {
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

export interface FoundMarker {
  name: string;
  /** The inline content after the marker line. */
  rest: Md.PhrasingContent[];
  /** Text follows the marker on the same line (GitHub would not show that as a callout). */
  sameLine: boolean;
}

export function readMarker(children: readonly Md.PhrasingContent[]): FoundMarker | undefined {
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
export function afterMarker(name: string, rest: Md.PhrasingContent[]): FoundMarker {
  const [next, ...tail] = rest;
  if (next === undefined) return { name, rest: [], sameLine: false };
  if (next.type === 'break') return { name, rest: tail, sameLine: false };
  if (next.type === 'text' && next.value.startsWith('\n')) {
    return { name, rest: next.value === '\n' ? tail : [trimStart(next, 1), ...tail], sameLine: false };
  }
  return { name, rest, sameLine: true };
}

/** A text node without its first `count` characters, its position moved to match. */
export function trimStart(text: Md.Text, count: number): Md.Text {
  const position = text.position && {
    ...text.position,
    start: { ...text.position.start, offset: (text.position.start.offset ?? 0) + count },
  };
  return { ...text, value: text.value.slice(count), position };
}

export function convertSay(ctx: BodyContext, quote: Md.Blockquote, content: QuoteContent): Say {
  const [list, extra] = content;
  if (list?.type !== 'list' || list.ordered) {
    fail(ctx, list ?? quote, '[!SAY] must contain one bullet list, one phrase per item ("> - …")');
  }
  if (extra !== undefined) {
    fail(ctx, extra, '[!SAY] must contain only its bullet list: put other text outside it or in a [!NOTE]');
  }
  return { t: 'say', items: convertList(ctx, list).items };
}

export function convertCallout(
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

export function convertCalloutBlock(ctx: BodyContext, node: QuoteContent[number]): Paragraph | List {
  if (node.type === 'paragraph') return convertParagraph(ctx, node);
  if (node.type === 'list') return convertList(ctx, node);
  return reject(ctx, node);
}
