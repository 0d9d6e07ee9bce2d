import { defineSetting } from '@/components/ui/defineSetting';
import { checkDestination, DEFAULT_DESTINATION } from './destination';

/** Where quick exit goes: stored with the rules that check it (settings/ has the control). */
export const exitDestination = defineSetting<string>('local:exitDestination', DEFAULT_DESTINATION, (raw) => {
  const check = checkDestination(raw);
  return check.ok ? check.url : undefined;
});
