import { useEffect, useState } from 'preact/hooks';
import { readExitShortcut } from '@/components/exit';

/** The keyboard command's key as the browser reports it; see readExitShortcut. */
export function useExitShortcut(): { loaded: boolean; key: string | undefined } {
  const [state, setState] = useState<{ loaded: boolean; key: string | undefined }>({ loaded: false, key: undefined });
  useEffect(() => {
    let live = true;
    void readExitShortcut().then((key) => live && setState({ loaded: true, key }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
