import { i18n } from '@/components/ui/i18n';
import type { FactsByCountry } from '@/content/facts/types';
import type { CountryId } from '@/content/helplines/locale';
import type { Block, SayAudience } from '@/content/topics/blocks';
import { CountryFact } from './CountryFact';
import { Inlines, type Navigate } from './Inlines';

/** A "things you could say" box names who its words are for. */
const SAY_LABELS = {
  partner: 'sayLabelPartner',
  friend: 'sayLabelFriend',
  helper: 'sayLabelHelper',
} as const satisfies Record<SayAudience, string>;

/** What a topic's country facts show: every country's, and the reader's country when the topic loaded. */
export interface FactsContext {
  byCountry: FactsByCountry;
  initialCountry?: CountryId;
}

interface Props extends Navigate {
  blocks: readonly Block[];
  /** Loaded with a topic that has `[!FACT …]` blocks; until then they show nothing. */
  facts?: FactsContext;
}

/** The one place topic content becomes elements: typed blocks in, JSX out (never HTML strings). */
export function Blocks({ blocks, facts, ...navigate }: Props) {
  return (
    <>
      {blocks.map((block, index) => {
        const key = `${index}-${block.t}`;
        switch (block.t) {
          case 'h2':
            return (
              <h2 key={key} id={`section-${block.id}`}>
                <Inlines content={block.c} {...navigate} />
              </h2>
            );
          case 'h3':
            return (
              <h3 key={key} id={`section-${block.id}`}>
                <Inlines content={block.c} {...navigate} />
              </h3>
            );
          case 'p':
            return (
              <p key={key}>
                <Inlines content={block.c} {...navigate} />
              </p>
            );
          case 'ul':
          case 'ol': {
            const List = block.t;
            return (
              <List key={key}>
                {block.items.map((item, i) => (
                  <li key={`${key}-${i}`}>
                    <Inlines content={item} {...navigate} />
                  </li>
                ))}
              </List>
            );
          }
          case 'say':
            return (
              <figure key={key} class="say">
                <figcaption class="say__label">{i18n.t(SAY_LABELS[block.a])}</figcaption>
                <ul class="say__phrases">
                  {block.items.map((item, i) => (
                    <li key={`${key}-${i}`}>
                      <Inlines content={item} {...navigate} />
                    </li>
                  ))}
                </ul>
              </figure>
            );
          case 'note':
          case 'important':
            return (
              <div key={key} class={`callout callout--${block.t}`} role="note">
                <p class="callout__label">{i18n.t(block.t === 'note' ? 'noteLabel' : 'importantLabel')}</p>
                <Blocks blocks={block.blocks} {...navigate} />
              </div>
            );
          case 'fact':
            return facts ? (
              <CountryFact
                key={key}
                id={block.id}
                facts={facts.byCountry}
                initialCountry={facts.initialCountry}
                after={previousFact(blocks, index)}
                onHelplines={navigate.onHelplines}
              />
            ) : null;
        }
        return null;
      })}
    </>
  );
}

/** The fact block right before this one, if any: two facts side by side share one fallback. */
function previousFact(blocks: readonly Block[], index: number) {
  const before = blocks[index - 1];
  return before?.t === 'fact' ? before.id : undefined;
}
