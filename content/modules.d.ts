// The modules content/plugin.ts builds from the guide's source files.
declare module 'virtual:guide/index' {
  const topics: import('@/content/topics/blocks').TopicMeta[];
  export default topics;
}
declare module 'virtual:guide/topics' {
  const topics: import('@/content/topics/blocks').Topic[];
  export default topics;
}
declare module 'virtual:helplines' {
  const countries: import('@/content/helplines/schema').HelplineCountry[];
  export default countries;
}

declare module 'silabea' {
  /** Splits one lower-case Spanish word into syllables (only the fields this project reads). */
  const silabea: { getSilabas(word: string): { numeroSilaba: number; silabas: { silaba: string }[] } };
  export default silabea;
}
