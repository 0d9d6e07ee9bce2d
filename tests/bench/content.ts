import { join } from 'node:path';
import type { HelplineCountry } from '../../content/helplines/schema';
import { contentModule } from '../../content/plugin';
import { type Block, plainText, type Topic } from '../../content/topics/blocks';
import type { TopicProbe } from './measure';

/**
 * The guide's real content, as the build ships it (content/plugin.ts turns the Markdown and YAML
 * into these modules), read from `root`/content.
 */
export interface Content {
  topics: Topic[];
  countries: HelplineCountry[];
}

export function loadContent(root: string): Content {
  const dir = join(root, 'content');
  return {
    topics: contentModule('virtual:guide/topics/en', dir) as Topic[],
    countries: contentModule('virtual:helplines/en', dir) as HelplineCountry[],
  };
}

/** Every piece of text in the blocks, in reading order. */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.t) {
      case 'h2':
      case 'h3':
      case 'p':
        return [plainText(block.c)];
      case 'ul':
      case 'ol':
      case 'say':
        return block.items.map(plainText);
      case 'note':
      case 'important':
        return blockTexts(block.blocks);
      default:
        return [];
    }
  });
}

/** The topics, longest text first, with the text that shows each one has rendered in full. */
export function topicProbes(topics: readonly Topic[]): (TopicProbe & { id: string; chars: number })[] {
  return topics
    .map((topic) => {
      const texts = blockTexts(topic.blocks)
        .map((text) => text.trim())
        .filter(Boolean);
      const last = texts.at(-1) ?? topic.title;
      return {
        id: topic.id,
        title: topic.title,
        lastText: last.slice(-60),
        chars: texts.reduce((sum, text) => sum + text.length, 0),
      };
    })
    .sort((a, b) => b.chars - a.chars);
}
