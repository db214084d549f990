import { useEffect, useState } from 'react';
import { onMessages } from '@/lib/messaging/browser';
import { Launcher } from '@/components/Launcher';
import { Panel } from '@/components/Panel';

/** The whole on-page UI: a small launcher and the panel it opens. */
export function Overlay() {
  const [isOpen, setOpen] = useState(false);

  useEffect(
    () =>
      onMessages({
        togglePanel: () => {
          let next = false;
          setOpen((open) => (next = !open));
          return next;
        },
      }),
    [],
  );

  return (
    <div className="tactful-root">
      {isOpen ? <Panel onClose={() => setOpen(false)} /> : <Launcher onOpen={() => setOpen(true)} />}
    </div>
  );
}
