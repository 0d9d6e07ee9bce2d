/** What other features may use of the settings: the stored values they read, the hook, the form. */
export { Settings } from './Settings';
export { country, introSeen } from './settings';
export { useSetting } from './useSetting';
