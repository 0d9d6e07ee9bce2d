/**
 * The shape of a compiled guide topic, as shipped to the UI.
 *
 * Topics are written in Markdown (see README-format.md) and turned into these blocks at build
 * time by compile.ts, so the extension never parses Markdown or renders HTML strings. Keys are
 * one or two letters because every topic is embedded in the bundle as JSON.
 *
 * This file must stay free of Node and parser imports: the UI imports it.
 */

/** Inline content: text with emphasis and the only two kinds of link a topic may hold. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  /** A link to another topic, by id. */
  | { t: 'topic'; id: string; c: Inline[] }
  /** A link to the helplines view (phone numbers and websites live only there). */
  | { t: 'helplines'; c: Inline[] };

export type Heading = { t: 'h2' | 'h3'; id: string; c: Inline[] };
export type Paragraph = { t: 'p'; c: Inline[] };
/** A flat list; each item is one line of inline content (nested lists are not allowed). */
export type List = { t: 'ul' | 'ol'; items: Inline[][] };
/** "Things you could say": one phrase per item. */
export type Say = { t: 'say'; items: Inline[][] };
/** A gentle note or an important (safety) callout. */
export type Callout = { t: 'note' | 'important'; blocks: (Paragraph | List)[] };

export type Block = Heading | Paragraph | List | Say | Callout;

/** Topic groups, in the order the home list shows them. */
export const GROUP_IDS = ['basics', 'talking', 'hard-times', 'support', 'this-guide'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** Everything about a topic except its body: enough for the home list and search. */
export interface TopicMeta {
  id: string;
  title: string;
  /** One plain sentence shown under the title on the home list. */
  summary: string;
  group: GroupId;
  /** Position inside the group, unique within the group. */
  order: number;
  /** Ids of other topics to suggest after this one. */
  related: string[];
  /** Lower-case synonyms a reader might search for. */
  keywords: string[];
}

/**
 * Where a topic's facts were checked. Shipped with the text, not with the home list: the list
 * must stay small, and only the topic view shows them.
 */
export interface TopicSources {
  /** The https pages the topic's medical, legal or time-limited facts were checked against. */
  sources?: string[];
  /** When they were last checked, YYYY-MM-DD. Present exactly when `sources` is. */
  reviewed?: string;
}

export interface Topic extends TopicMeta, TopicSources {
  blocks: Block[];
}

/** The text of some inline content without its formatting, for search and reading level. */
export function plainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    text += inline.t === 'text' ? inline.v : plainText(inline.c);
  }
  return text;
}
