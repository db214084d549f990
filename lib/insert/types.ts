/** What to put into the reply editor: rich editors take `html`, plain-text ones `text`. */
export interface ReplyContent {
  text: string;
  html?: string;
}

/** How an insertion went: which inserter succeeded after verifying the editor really changed. */
export interface InsertOutcome {
  ok: boolean;
  /** Name of the inserter that worked, e.g. 'exec-command', 'paste', 'beforeinput', 'textfield'. */
  method?: string;
  /** Editor kind detected, e.g. 'ckeditor5', 'prosemirror', 'textarea'. */
  editor?: string;
  /** Why it failed, for the agent: "No reply box is focused", … */
  error?: string;
}
