import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Panel } from '@/components/Panel';
import { Launcher } from '@/components/panel/Launcher';
import { messagingServices } from '@/components/panel/services';
import { onMessages } from '@/lib/messaging/browser';
import { insertReply, restoreEditorFocus } from './insert-bridge';
import type { PageSession } from './page-session';
import type { ReplyEditorWatch } from './reply-editor';
import { useLauncherPosition } from './use-launcher-position';
import { useReplyDraft } from './use-reply-draft';

interface OverlayProps {
  session: PageSession;
  editors: ReplyEditorWatch;
}

/**
 * The whole on-page UI: the launcher beside the reply editor (unless the agent hid it on this site) and the
 * panel it opens. The toolbar button and the keyboard shortcut reach it through `togglePanel`.
 */
export function Overlay({ session, editors }: OverlayProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [isOpen, setOpen] = useState(false);
  const services = useMemo(() => {
    const viaMessages = messagingServices(insertReply);
    return {
      ...viaMessages,
      // The name the agent just gave fills every reply from now on, the ones already shown included.
      saveAgentName: async (name: string) => {
        await viaMessages.saveAgentName(name);
        await session.reloadSettings();
      },
    };
  }, [session]);
  const position = useLauncherPosition(editors, !isOpen && !state.isDismissed);
  const draft = useReplyDraft(editors, isOpen);

  const open = useCallback(() => {
    void session.reloadSettings();
    setOpen(true);
  }, [session]);
  const close = useCallback(() => {
    setOpen(false);
    // Keyboard users go back to where they were typing, caret where they left it.
    void restoreEditorFocus();
  }, []);

  const root = useRef<HTMLDivElement>(null);
  const isOpenNow = useRef(isOpen);
  useEffect(() => {
    isOpenNow.current = isOpen;
  }, [isOpen]);

  useEffect(
    () =>
      onMessages({
        // The toolbar button and the keyboard command. An open panel the agent has left (typing in the editor)
        // gets the focus back first; only from inside the panel does the shortcut close it.
        togglePanel: () => {
          if (!isOpenNow.current) {
            open();
            return true;
          }
          const panel = root.current?.querySelector<HTMLElement>('[data-tactful="panel"]');
          const active = (root.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
          if (panel && !(active && panel.contains(active))) {
            (panel.querySelector<HTMLElement>('[data-tactful="suggestion"][tabindex="0"]') ?? panel).focus();
            return true;
          }
          close();
          return false;
        },
      }),
    [open, close],
  );

  const settings = useMemo(
    () => ({
      agentName: state.settings.agentName,
      agentLanguage: state.settings.agentLanguage,
      timeZone: state.settings.workingHours.timeZone,
    }),
    [state.settings],
  );

  return (
    <div ref={root} className="tactful-root">
      {isOpen ? (
        <Panel
          page={state.page}
          draft={draft}
          settings={settings}
          services={services}
          onClose={close}
          isDismissed={state.isDismissed}
          onDismiss={() => {
            setOpen(false);
            void session.setDismissed(true);
          }}
          onRestore={() => void session.setDismissed(false)}
          onForgetSelection={session.forgetSelection}
        />
      ) : (
        !state.isDismissed && <Launcher onOpen={open} position={position} />
      )}
    </div>
  );
}
