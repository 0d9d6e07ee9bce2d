/** What other features may use of the guide: the guide itself (home, topics, search). */
export { Guide } from './Guide';
