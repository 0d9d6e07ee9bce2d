/**
 * What other features may use of the settings: the stored values they read, the hook, the form.
 * The reader's country is not here: helplines own it (`@/components/helplines`).
 */
export { useSetting } from '@/components/ui/useSetting';
export { Settings } from './Settings';
export { introSeen } from './settings';
