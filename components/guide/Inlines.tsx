import type { Inline } from '@/content/topics/blocks';

export interface Navigate {
  /** Open another topic. */
  onTopic(id: string): void;
  /** Open the helplines view. */
  onHelplines(): void;
}

interface Props extends Navigate {
  content: readonly Inline[];
}

/**
 * Text with emphasis and the guide's two kinds of link. Links move within the extension's own
 * memory (no URL changes), so they are buttons that look like links.
 */
export function Inlines({ content, onTopic, onHelplines }: Props) {
  return (
    <>
      {content.map((inline, index) => {
        const key = `${index}-${inline.t}`;
        switch (inline.t) {
          case 'text':
            return inline.v;
          case 'strong':
            return (
              <strong key={key}>
                <Inlines content={inline.c} onTopic={onTopic} onHelplines={onHelplines} />
              </strong>
            );
          case 'em':
            return (
              <em key={key}>
                <Inlines content={inline.c} onTopic={onTopic} onHelplines={onHelplines} />
              </em>
            );
          case 'topic':
            return (
              <button key={key} type="button" class="link" onClick={() => onTopic(inline.id)}>
                <Inlines content={inline.c} onTopic={onTopic} onHelplines={onHelplines} />
              </button>
            );
          case 'helplines':
            return (
              <button key={key} type="button" class="link" onClick={onHelplines}>
                <Inlines content={inline.c} onTopic={onTopic} onHelplines={onHelplines} />
              </button>
            );
        }
        return null;
      })}
    </>
  );
}
