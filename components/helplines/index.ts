/**
 * What other features may use of the helplines: the view (its directory loads when it opens), the
 * danger-now route that opens risk topics (its facts load with the topic), the reader's country,
 * country names, and the host a source link shows.
 */
export { type CountryOption, countryName, countryOptions } from './countryNames';
export { DangerNow } from './DangerNow';
export { type DangerNowFacts, loadDangerNow } from './dangerNowFacts';
export { loadDirectory } from './directory';
export { HelplinesView } from './HelplinesView';
export { defaultCountry, sourceHost } from './helplineLinks';
