/**
 * What other features may use of quick exit. Everything else in exit/ is its own business; the
 * entrypoints wire the routines to their pages and the worker (they import the modules they need,
 * so the popup's first view loads only earlyExit.ts, and the worker no UI).
 */
export {
  checkDestination,
  DEFAULT_DESTINATION,
  DESTINATION_PRESETS,
  type DestinationPresetId,
  type DestinationProblem,
  MAX_DESTINATION_LENGTH,
} from './destination';
export { exitDestination } from './exitDestination';
export { pageName } from './pageName';
export { privateWindowsAllowed } from './privateWindow';
export { privateWindowsHow } from './privateWindowsHow';
export { QuickExit } from './QuickExit';
export { exitFromPage, exitFromPopup } from './routines';
export { readExitShortcut } from './shortcut';
export { TrackedLink } from './TrackedLink';
export { isExitKey } from './trackedTabs';
