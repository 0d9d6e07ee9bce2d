import { blankView } from './blankView';
import { exitedHere, lastExit } from './exitMark';
import { readDestination } from './routines';

/**
 * A page of the guide that was still loading when an exit ran missed it: it had no listener yet for
 * LEAVE, and the exit may not have seen it as a page at all. Every exit writes its time
 * (exitMark.ts); a page whose load began before that time (`performance.timeOrigin`) leaves as soon
 * as its script runs, before it renders anything. A page opened after the exit starts as usual.
 * A page that ran an exit itself missed none: the popup's button works from its first frame, before
 * this check, and the exit it runs raises the counter; leaving here would close the popup in the
 * middle of that exit, before it closed the guide's private window or told the worker.
 */

/** A mark further ahead of this clock than this was written before the clock was set back: ignored. */
const AHEAD_MS = 60_000;

/** Whether an exit happened after this page began to load. Never rejects (a failed read: no). */
export async function exitMissed(): Promise<boolean> {
  const mark = await lastExit();
  // Asked after the read: a press during it has raised the counter by then.
  if (exitedHere()) return false;
  return mark > 0 && mark >= performance.timeOrigin && mark <= Date.now() + AHEAD_MS;
}

/**
 * Called first thing by every page of the guide, after its LEAVE listener is in place: if an exit
 * was missed, blanks the page and hands it to `leave` with the destination. Resolves whether it left.
 */
export async function leaveIfExitMissed(leave: (to: string) => void): Promise<boolean> {
  if (!(await exitMissed())) return false;
  blankView();
  leave(await readDestination());
  return true;
}
