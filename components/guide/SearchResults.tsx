import { useCountry } from '@/components/helplines';
import { i18n } from '@/components/ui/i18n';
import { useLanguage } from '@/components/ui/useLanguage';
import { useLoaded } from '@/components/ui/useLoaded';

interface Props {
  query: string;
  onTopic(id: string): void;
  onHelplines(): void;
}

// The index (and MiniSearch itself) loads only when someone searches; loadSearch builds it once.
const searchEngine = (language: string) => import('./loadSearch').then((module) => module.loadSearch(language));

/**
 * Results for the current query, each with the sentence that matched. Helplines come from the
 * reader's country only (the one chosen, else the browser's language region; all if unknown).
 */
export function SearchResults({ query, onTopic, onHelplines }: Props) {
  const country = useCountry();
  const language = useLanguage();
  const results = useLoaded(
    () => searchEngine(language).then((search) => search.search(query, { country })),
    [query, country, language],
  );

  if (!results) return <p class="muted">{i18n.t('searchLoading')}</p>;

  return (
    <section aria-labelledby="results-heading" class="results">
      <h2 id="results-heading" aria-live="polite">
        {i18n.t('searchResults', results.length)}
      </h2>
      {results.length === 0 ? (
        <div class="results__empty">
          <p>{i18n.t('searchEmpty')}</p>
          <p>
            <button type="button" class="link" onClick={onHelplines}>
              {i18n.t('searchEmptyHelp')}
            </button>
          </p>
        </div>
      ) : (
        <ul class="results__list">
          {results.map((result) => (
            <li key={`${result.kind}-${result.id}`} class="result">
              <button
                type="button"
                id={`result-${result.kind}-${result.id}`}
                class="result__title"
                onClick={() => (result.kind === 'topic' ? onTopic(result.id) : onHelplines())}
              >
                {result.title}
              </button>
              {result.kind === 'helpline' && result.country && (
                <span class="result__kind">{i18n.t('helplineResult', [result.country])}</span>
              )}
              <p class="result__snippet">
                {result.snippet.before}
                {result.snippet.match && <mark>{result.snippet.match}</mark>}
                {result.snippet.after}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
