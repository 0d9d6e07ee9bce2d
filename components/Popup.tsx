import { Guide } from './Guide';
import { HelplinesView } from './HelplinesView';
import { QuickExit } from './QuickExit';
import { exitFromPopup } from './quickExit';

const leave = () => exitFromPopup();

/** The toolbar popup: the reading room (safety rule 1). */
export function Popup() {
  return (
    <>
      <QuickExit onExit={leave} />
      <main class="view">
        <Guide helplines={() => <HelplinesView />} />
      </main>
    </>
  );
}
