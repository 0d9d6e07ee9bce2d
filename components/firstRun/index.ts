/** What other features may use of the first run: the explainer and its practice run. */
export { FirstRun } from './FirstRun';
