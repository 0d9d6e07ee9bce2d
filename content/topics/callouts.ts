import type * as Md from 'mdast';
import { FACT_IDS } from '../facts/types';
import {
  type Callout,
  type Fact,
  type List,
  type Paragraph,
  RISK_SAY_AUDIENCES,
  SAY_AUDIENCES,
  type Say,
  type SayAudience,
} from './blocks';
import { type BodyContext, fail, reject } from './bodyContext';
import { convertList, convertParagraph } from './paragraphs';

/**
 * Blockquotes: [!SAY partner|friend|helper] phrase lists, [!NOTE] / [!IMPORTANT] callouts and
 * [!FACT <id>] country facts.
 */

export type Marker = 'say' | 'note' | 'important' | 'fact';

// A Map, not an object: "[!constructor]" must not find Object.prototype.constructor.
export const MARKERS: ReadonlyMap<string, Marker> = new Map([
  ['SAY', 'say'],
  ['NOTE', 'note'],
  ['IMPORTANT', 'important'],
  ['FACT', 'fact'],
]);
export const MARKER_HELP =
  'start it with a line [!SAY partner], [!SAY friend], [!SAY helper], [!NOTE], [!IMPORTANT] or [!FACT <fact id>]';
const FACT_HELP = `the fact ids are ${FACT_IDS.join(', ')} (content/facts/types.ts)`;
const AUDIENCE_HELP =
  'write [!SAY partner] (the other person), [!SAY friend] or [!SAY helper] (a helpline, a service, a doctor, a counsellor, a trusted adult)';
/** "[!NAME]" or "[!NAME argument]": the name, then what follows it inside the brackets. */
export const MARKER_TEXT = /^\[!([^\]\s]*)(?:[ \t]+([^\]]*))?\]/;

export type QuoteContent = Md.Blockquote['children'];

export function convertBlockquote(ctx: BodyContext, quote: Md.Blockquote): Say | Callout | Fact {
  const { marker, argument, content } = splitMarker(ctx, quote);
  if (marker === 'say') return convertSay(ctx, quote, audienceOf(ctx, quote, argument), content);
  if (marker === 'fact') return convertFact(ctx, quote, argument, content);
  if (argument !== undefined) {
    fail(ctx, quote, `[!${marker.toUpperCase()}] takes nothing after its name: write [!${marker.toUpperCase()}] alone`);
  }
  return convertCallout(ctx, marker, quote, content);
}

/**
 * Who a [!SAY] box's words are for. Required, because words that fit a friend can put a reader in
 * danger when said to the person causing harm; in a topic with a `risk`, only friends and helpers.
 */
export function audienceOf(ctx: BodyContext, quote: Md.Blockquote, argument: string | undefined): SayAudience {
  const name = argument?.trim();
  if (name === undefined || name === '') fail(ctx, quote, `say who these words are for: ${AUDIENCE_HELP}`);
  const audience = SAY_AUDIENCES.find((candidate) => candidate === name);
  if (audience === undefined) fail(ctx, quote, `unknown audience "${name}" in [!SAY ${name}]: ${AUDIENCE_HELP}`);
  if (ctx.risk !== undefined && !RISK_SAY_AUDIENCES.includes(audience)) {
    fail(
      ctx,
      quote,
      `[!SAY ${audience}] is not allowed in a topic with "risk: ${ctx.risk}": only [!SAY friend] and [!SAY helper] (never words to say to someone who may be causing harm)`,
    );
  }
  return audience;
}

/**
 * CommonMark has no callouts: "> [!NOTE]" arrives as a blockquote whose first paragraph starts
 * with the text "[!NOTE]" (or with a link reference labelled "!NOTE" if the file also defines
 * "[!NOTE]: …"). Takes the marker off and returns what follows it.
 */
export function splitMarker(
  ctx: BodyContext,
  quote: Md.Blockquote,
): { marker: Marker; argument?: string; content: QuoteContent } {
  const [first, ...others] = quote.children;
  const found = first?.type === 'paragraph' ? readMarker(first.children) : undefined;
  if (first?.type !== 'paragraph' || found === undefined) {
    fail(ctx, quote, `a blockquote must be a callout: ${MARKER_HELP}`);
  }
  const marker = MARKERS.get(found.name);
  if (marker === undefined) fail(ctx, first, `unknown marker [!${found.name}]: ${MARKER_HELP}`);
  if (found.sameLine) fail(ctx, first, `put [!${found.name}] on a line of its own, with the text on the next line`);
  const content = found.rest.length > 0 ? [{ ...first, children: found.rest }, ...others] : others;
  return { marker, argument: found.argument, content };
}

export interface FoundMarker {
  name: string;
  /** What follows the name inside the brackets ("friend" in "[!SAY friend]"). */
  argument?: string;
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
    const rest = after === '' ? tail : [trimStart(head, match[0].length), ...tail];
    return afterMarker(match[1] ?? '', match[2], rest);
  }
  if (head?.type === 'linkReference' && head.referenceType === 'shortcut' && head.label?.startsWith('!')) {
    const [name = '', ...words] = head.label.slice(1).split(/[ \t]+/);
    return afterMarker(name, words.length > 0 ? words.join(' ') : undefined, tail);
  }
  return undefined;
}

/** The marker must end its line: what follows is a soft or hard line break, or nothing. */
export function afterMarker(name: string, argument: string | undefined, rest: Md.PhrasingContent[]): FoundMarker {
  const [next, ...tail] = rest;
  if (next === undefined) return { name, argument, rest: [], sameLine: false };
  if (next.type === 'break') return { name, argument, rest: tail, sameLine: false };
  if (next.type === 'text' && next.value.startsWith('\n')) {
    return { name, argument, rest: next.value === '\n' ? tail : [trimStart(next, 1), ...tail], sameLine: false };
  }
  return { name, argument, rest, sameLine: true };
}

/** A text node without its first `count` characters, its position moved to match. */
export function trimStart(text: Md.Text, count: number): Md.Text {
  const position = text.position && {
    ...text.position,
    start: { ...text.position.start, offset: (text.position.start.offset ?? 0) + count },
  };
  return { ...text, value: text.value.slice(count), position };
}

export function convertSay(ctx: BodyContext, quote: Md.Blockquote, audience: SayAudience, content: QuoteContent): Say {
  const [list, extra] = content;
  if (list?.type !== 'list' || list.ordered) {
    fail(ctx, list ?? quote, '[!SAY] must contain one bullet list, one phrase per item ("> - …")');
  }
  if (extra !== undefined) {
    fail(ctx, extra, '[!SAY] must contain only its bullet list: put other text outside it or in a [!NOTE]');
  }
  return { t: 'say', a: audience, items: convertList(ctx, list).items };
}

/**
 * `> [!FACT ageOfConsent]`, alone: the words come from content/facts/, in the reader's country's
 * version, so the block holds nothing else.
 */
export function convertFact(
  ctx: BodyContext,
  quote: Md.Blockquote,
  argument: string | undefined,
  content: QuoteContent,
): Fact {
  const name = argument?.trim();
  if (name === undefined || name === '') fail(ctx, quote, `say which fact to show: [!FACT ageOfConsent]; ${FACT_HELP}`);
  const id = FACT_IDS.find((candidate) => candidate === name);
  if (id === undefined) fail(ctx, quote, `unknown fact "${name}" in [!FACT ${name}]: ${FACT_HELP}`);
  const [extra] = content;
  if (extra !== undefined) {
    fail(ctx, extra, '[!FACT] holds nothing but its id: its words come from content/facts/, per country');
  }
  return { t: 'fact', id };
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
