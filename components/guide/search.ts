import MiniSearch from 'minisearch';
import { countryName } from '@/components/helplines';
import { i18n } from '@/components/ui/i18n';
import { countryNamesLanguage } from '@/components/ui/language';
import type { HelplineCountry } from '@/content/helplines/schema';
import { type Block, plainText, type Topic } from '@/content/topics/blocks';

/**
 * Full-text search over the guide (and the helpline directory), built in memory when the reader
 * first types. Typo-tolerant and prefix-matching, so "concent" finds consent and "contra" finds
 * contraception. Nothing typed here is ever stored.
 */

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  kind: 'topic' | 'helpline';
  /** Topic id, or helpline line id. */
  id: string;
  title: string;
  /** For helplines: the id and name of the country it belongs to. */
  countryId?: string;
  country?: string;
  snippet: Snippet;
}

interface Doc {
  key: string;
  kind: SearchResult['kind'];
  id: string;
  title: string;
  countryId?: string;
  country?: string;
  headings: string;
  text: string;
  phrases: string;
  keywords: string;
  /** The sentences a snippet is taken from. */
  sentences: string[];
}

const SNIPPET_CONTEXT = 60;

function blockTexts(blocks: readonly Block[], into: { headings: string[]; text: string[]; phrases: string[] }) {
  for (const block of blocks) {
    switch (block.t) {
      case 'h2':
      case 'h3':
        into.headings.push(plainText(block.c));
        break;
      case 'p':
        into.text.push(plainText(block.c));
        break;
      case 'ul':
      case 'ol':
        into.text.push(...block.items.map(plainText));
        break;
      case 'say':
        into.phrases.push(...block.items.map(plainText));
        break;
      case 'note':
      case 'important':
        blockTexts(block.blocks, into);
        break;
    }
  }
}

const sentencesOf = (texts: string[]) =>
  texts.flatMap((text) => text.split(/(?<=[.!?])\s+/)).filter((sentence) => sentence.trim() !== '');

function topicDoc(topic: Topic): Doc {
  const parts = { headings: [] as string[], text: [] as string[], phrases: [] as string[] };
  blockTexts(topic.blocks, parts);
  return {
    key: `topic:${topic.id}`,
    kind: 'topic',
    id: topic.id,
    title: topic.title,
    headings: parts.headings.join(' '),
    text: [topic.summary, ...parts.text].join(' '),
    phrases: parts.phrases.join(' '),
    keywords: topic.keywords.join(' '),
    sentences: sentencesOf([topic.summary, ...parts.text, ...parts.phrases]),
  };
}

function helplineDocs(country: HelplineCountry): Doc[] {
  const name = countryName(country.id, countryNamesLanguage());
  return country.lines.map((line) => {
    const about = [line.service, line.helpsWith, line.for].filter((part): part is string => Boolean(part));
    return {
      key: `helpline:${line.id}`,
      kind: 'helpline',
      id: line.id,
      title: line.organisation,
      countryId: country.id,
      country: name,
      headings: name,
      text: about.join(' '),
      phrases: '',
      keywords: [...line.tags, i18n.t('searchHelplineWords')].join(' ').replaceAll('-', ' '),
      sentences: sentencesOf(about),
    };
  });
}

/**
 * A word as search compares it: lower case, accents and other marks left out, so "agresion" finds
 * "agresión" and "agresión" finds "agresion". Letter by letter, so a folded text keeps the length
 * and the positions of the original (a snippet is cut from the original at the folded match).
 */
export function fold(text: string): string {
  let folded = '';
  for (const char of text.toLowerCase()) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    folded += bare.length === char.length ? bare : char;
  }
  return folded;
}

/** The sentence that shows why a result matched, with the matching word picked out. */
export function snippetFor(sentences: readonly string[], terms: readonly string[], fallback: string): Snippet {
  const lowerTerms = terms.map(fold).filter(Boolean);
  for (const sentence of sentences) {
    const lower = fold(sentence);
    for (const term of lowerTerms) {
      const at = lower.indexOf(term);
      if (at === -1) continue;
      const start = Math.max(0, at - SNIPPET_CONTEXT);
      const end = Math.min(sentence.length, at + term.length + SNIPPET_CONTEXT);
      return {
        before: (start > 0 ? '…' : '') + sentence.slice(start, at),
        match: sentence.slice(at, at + term.length),
        after: sentence.slice(at + term.length, end) + (end < sentence.length ? '…' : ''),
      };
    }
  }
  return { before: fallback, match: '', after: '' };
}

export interface SearchOptions {
  limit?: number;
  /** Helplines of this country only (topics are shown whatever the country). */
  country?: string;
}

export interface GuideSearch {
  search(query: string, options?: SearchOptions): SearchResult[];
}

export function createSearch(topics: readonly Topic[], countries: readonly HelplineCountry[] = []): GuideSearch {
  const docs = [...topics.map(topicDoc), ...countries.flatMap(helplineDocs)];
  const byKey = new Map(docs.map((doc) => [doc.key, doc]));
  const index = new MiniSearch<Doc>({
    idField: 'key',
    fields: ['title', 'headings', 'text', 'phrases', 'keywords'],
    processTerm: fold,
    searchOptions: {
      processTerm: fold,
      boost: { title: 4, keywords: 3, headings: 2, phrases: 1.5 },
      prefix: true,
      // Short words must match exactly ("no" must not find "so"); long ones forgive two slips.
      fuzzy: (term) => (term.length > 6 ? 0.3 : term.length > 3 ? 0.2 : 0),
      // Topics first: the guide is what the search box is for; helplines are one tap away.
      boostDocument: (key) => (String(key).startsWith('topic:') ? 1.5 : 1),
    },
  });
  index.addAll(docs);

  return {
    search(query, { limit = 12, country } = {}) {
      const text = query.trim();
      if (text === '') return [];
      const filter = (hit: { id: unknown }) => {
        const doc = byKey.get(String(hit.id));
        return doc !== undefined && (doc.kind === 'topic' || country === undefined || doc.countryId === country);
      };
      // Every word must match if possible; otherwise any word will do.
      let hits = index.search(text, { combineWith: 'AND', filter });
      if (hits.length === 0) hits = index.search(text, { combineWith: 'OR', filter });
      return hits.slice(0, limit).flatMap((hit) => {
        const doc = byKey.get(String(hit.id));
        if (!doc) return [];
        return [
          {
            kind: doc.kind,
            id: doc.id,
            title: doc.title,
            countryId: doc.countryId,
            country: doc.country,
            snippet: snippetFor(doc.sentences, hit.terms, doc.sentences[0] ?? ''),
          },
        ];
      });
    },
  };
}
