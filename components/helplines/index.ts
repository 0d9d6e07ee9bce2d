/**
 * What other features may use of the helplines: the view (its directory loads when it opens), the
 * danger-now route that opens risk topics (its facts load with the topic), the reader's country
 * (helplines own it: read it with `useCountry()` in a component or `readCountry()` elsewhere;
 * settings changes it through `useCountryChoice()`), country names, and the host a source link shows.
 */
export { countrySetting, defaultCountry, readCountry, useCountry, useCountryChoice } from './country';
export { type CountryOption, countryName, countryOptions } from './countryNames';
export { DangerNow } from './DangerNow';
export { type DangerNowFacts, loadDangerNow } from './dangerNowFacts';
export { loadDirectory } from './directory';
export { HelplinesView } from './HelplinesView';
export { sourceHost } from './helplineLinks';
