import { i18n } from '@/components/ui/i18n';

interface Props {
  query: string;
  onQuery(query: string): void;
}

/** The search box; its text lives in memory only and is never stored. */
export function SearchBox({ query, onQuery }: Props) {
  return (
    <search class="search">
      <label for="search-input" class="search__label">
        {i18n.t('searchLabel')}
      </label>
      <input
        id="search-input"
        class="search__input"
        type="search"
        value={query}
        autocomplete="off"
        spellcheck={false}
        aria-describedby="search-hint"
        onInput={(event) => onQuery(event.currentTarget.value)}
      />
      <p id="search-hint" class="search__hint">
        {i18n.t('searchHint')}
      </p>
    </search>
  );
}
