/**
 * The shape of a compiled guide topic, as shipped to the UI.
 *
 * Topics are written in Markdown (see README-format.md) and turned into these blocks at build
 * time by compile.ts, so the extension never parses Markdown or renders HTML strings. Keys are
 * one or two letters because every topic is embedded in the bundle as JSON.
 *
 * This file must stay free of Node and parser imports: the UI imports it.
 */

import type { FactId } from '../facts/types';

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
/**
 * Who the words of a "things you could say" box are for: the other person (someone the reader is
 * with or might be with), a friend (supported or told), or a helper (a helpline, a service, a
 * doctor or nurse, a counsellor, a teacher or another trusted adult).
 */
export const SAY_AUDIENCES = ['partner', 'friend', 'helper'] as const;
export type SayAudience = (typeof SAY_AUDIENCES)[number];
/** The only audiences allowed in a topic with a `risk`: never lines for the person who may cause harm. */
export const RISK_SAY_AUDIENCES: readonly SayAudience[] = ['friend', 'helper'];

/** "Things you could say": who they are for, and one phrase per item. */
export type Say = { t: 'say'; a: SayAudience; items: Inline[][] };
/** A gentle note or an important (safety) callout. */
export type Callout = { t: 'note' | 'important'; blocks: (Paragraph | List)[] };
/**
 * A country fact (content/facts/): the topic view shows the reader's country's value, or says it
 * differs by country and who can tell them. Written `> [!FACT ageOfConsent]`.
 */
export type Fact = { t: 'fact'; id: FactId };

export type Block = Heading | Paragraph | List | Say | Callout | Fact;

/**
 * Topic groups, in the order the home list shows them. Topics about abuse and danger come first,
 * right after the crisis route at the top of the home view.
 */
export const GROUP_IDS = ['something-wrong', 'basics', 'talking', 'hard-times', 'support', 'this-guide'] as const;
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
  /** The https pages the topic's facts were checked against (every topic has 1 to 12). */
  sources: string[];
  /** When they were last checked, YYYY-MM-DD. */
  reviewed: string;
}

/** What a topic is about when a reader may be in danger. */
export const RISKS = ['abuse', 'danger', 'crisis'] as const;
export type Risk = (typeof RISKS)[number];

/**
 * A topic's safety marks, shipped with its text (the topic view reads them): a topic with a
 * `risk` opens with the danger-now route, and with `selfHarm` that route names a crisis line too.
 */
export interface TopicSafety {
  risk?: Risk;
  /** Self-harm is a risk for this topic's readers. Only in a topic with a `risk`. */
  selfHarm?: true;
}

export interface Topic extends TopicMeta, TopicSources, TopicSafety {
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
