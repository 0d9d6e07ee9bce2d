// The modules content/plugin.ts builds from the guide's source files.
declare module 'virtual:languages' {
  /** The languages the guide speaks, English first. */
  export const LANGUAGES: readonly string[];
  /** Per language, the strings needed before any language module loads (the popup's shell, the worker). */
  export const STANDALONE_STRINGS: Readonly<Record<string, Readonly<Record<string, string>>>>;
}
declare module 'virtual:languages/loaders' {
  type Loaders<T> = Readonly<Record<string, () => Promise<{ default: T }>>>;
  export const loadTopicsModule: Loaders<import('@/content/topics/blocks').Topic[]>;
  export const loadHelplinesModule: Loaders<import('@/content/helplines/schema').HelplineCountry[]>;
  export const loadMessagesModule: Loaders<Readonly<Record<string, string>>>;
  export const loadFactsModule: Loaders<import('@/content/facts/types').FactsByCountry>;
}
declare module 'virtual:guide/topics/*' {
  const topics: import('@/content/topics/blocks').Topic[];
  export default topics;
}
declare module 'virtual:helplines/*' {
  const countries: import('@/content/helplines/schema').HelplineCountry[];
  export default countries;
}
declare module 'virtual:facts/*' {
  const facts: import('@/content/facts/types').FactsByCountry;
  export default facts;
}
declare module 'virtual:guide/index' {
  /** Per language, every topic's title, summary and group. */
  const topics: Readonly<Record<string, import('@/content/topics/blocks').TopicMeta[]>>;
  export default topics;
}

declare module 'silabea' {
  /** Splits one lower-case Spanish word into syllables (only the fields this project reads). */
  const silabea: { getSilabas(word: string): { numeroSilaba: number; silabas: { silaba: string }[] } };
  export default silabea;
}
