import type * as Md from 'mdast';
import { ContentError } from '../errors';
import { type Inline, plainText } from './blocks';
import { type BodyContext, fail, HELPLINES_HINT, placeAt, placeOf, reject, sourceOf } from './bodyContext';
import { KEBAB_ID } from './schema';

/**
 * Inline content: text, emphasis and the guide's two kinds of link, with the mistakes CommonMark
 * would quietly turn into text.
 */

export function convertInlines(ctx: BodyContext, nodes: readonly Md.PhrasingContent[]): Inline[] {
  return tidyText(nodes.map((node) => convertInline(ctx, node)));
}

export function convertInline(ctx: BodyContext, node: Md.PhrasingContent): Inline {
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
export function tidyText(inlines: readonly Inline[]): Inline[] {
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
export const TEXT_PROBLEMS: readonly (readonly [RegExp, string])[] = [
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

export function checkText(ctx: BodyContext, text: Md.Text): void {
  const source = sourceOf(ctx, text);
  for (const [pattern, reason] of TEXT_PROBLEMS) {
    const match = pattern.exec(source);
    if (match) {
      throw new ContentError(ctx.file, reason, placeAt(ctx, (text.position?.start.offset ?? 0) + match.index));
    }
  }
}

export function convertLink(ctx: BodyContext, link: Md.Link): Inline {
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

export function linkTargetReason(url: string): string {
  if (/^(?:https?:|www\.|mailto:|tel:)/i.test(url)) {
    return `web, email and phone links are not allowed in topics (found "${url}"): ${HELPLINES_HINT}`;
  }
  return `a link may only point to topic:<id> or helplines: (found "${url}")`;
}

export function topicLinkId(ctx: BodyContext, link: Md.Link): string {
  const id = link.url.slice('topic:'.length);
  if (!KEBAB_ID.test(id)) {
    fail(ctx, link, `"${link.url}" is not a topic link: write topic: and a topic id, like topic:saying-no`);
  }
  ctx.links.push({ id, kind: 'link', where: placeOf(ctx, link) });
  return id;
}
