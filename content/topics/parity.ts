/**
 * What every language must keep the same as English, topic by topic: a translation says the same
 * things in another language, so it has the same place in the guide (group, order, related topics),
 * the same safety marks (risk, selfHarm), the same sources and review date, the same "things you
 * could say" blocks for the same people with as many phrases,
 * the same callouts and headings in the same order, and the same links to topics and helplines.
 * The words change; the shape does not. A difference stops the build naming the file and the piece.
 */
import path from 'node:path';
import { ContentError } from '../errors';
import type { Block, Inline, Topic } from './blocks';
import { displayPath } from './places';

/** One comparable piece of a topic: its name in messages, and its value as text. */
type Piece = [name: string, value: string];

const list = (values: readonly unknown[]) => (values.length === 0 ? '(none)' : values.join(', '));

function linksIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline): string[] => {
    if (inline.t === 'topic') return [`topic:${inline.id}`, ...linksIn(inline.c)];
    if (inline.t === 'helplines') return ['helplines:', ...linksIn(inline.c)];
    return 'c' in inline ? linksIn(inline.c) : [];
  });
}

function blockLinks(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    if ('items' in block) return block.items.flatMap(linksIn);
    if ('blocks' in block) return blockLinks(block.blocks);
    if (block.t === 'fact') return [];
    return linksIn(block.c);
  });
}

/** The outline: headings, callouts and "things you could say" blocks, in order, with their sizes. */
const outline = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((block): string[] => {
    if (block.t === 'say') return [`say ${block.a}(${block.items.length})`];
    if (block.t === 'note' || block.t === 'important') return [block.t];
    if (block.t === 'fact') return [`fact ${block.id}`];
    if (block.t === 'h2' || block.t === 'h3') return [block.t];
    return [];
  });

const piecesOf = (topic: Topic): Piece[] => [
  ['group', topic.group],
  ['order', String(topic.order)],
  ['related', list(topic.related)],
  ['risk', topic.risk ?? '(none)'],
  ['selfHarm', topic.selfHarm ? 'true' : '(none)'],
  ['sources', list(topic.sources)],
  ['reviewed', topic.reviewed],
  [
    'headings, callouts, country facts and "things you could say" blocks (with who they are for and their phrases)',
    list(outline(topic.blocks)),
  ],
  ['links to topics and helplines', list(blockLinks(topic.blocks))],
];

/** Checks each topic of `language` against the reference language's topic of the same id. */
export function checkParity(
  root: string,
  reference: { language: string; topics: readonly Topic[] },
  translation: { language: string; topics: readonly Topic[] },
): void {
  const originals = new Map(reference.topics.map((topic) => [topic.id, topic]));
  for (const topic of translation.topics) {
    const original = originals.get(topic.id);
    if (!original) continue; // reported by checkSameTopics
    const expected = piecesOf(original);
    const actual = piecesOf(topic);
    expected.forEach(([name, value], i) => {
      const got = actual[i]?.[1];
      if (got === value) return;
      const file = displayPath(path.join(root, translation.language, `${topic.id}.md`));
      throw new ContentError(
        file,
        `${name} must be the same as in ${reference.language}/${topic.id}.md: expected ${value}, found ${got}`,
      );
    });
  }
}
