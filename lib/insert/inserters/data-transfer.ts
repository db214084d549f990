import type { PreparedReply } from '../types';

/** The reply as clipboard data (text/plain, and the sanitised text/html when there is one), in `view`'s realm. */
export function replyDataTransfer(view: Window & typeof globalThis, reply: PreparedReply): DataTransfer {
  const data = new view.DataTransfer();
  data.setData('text/plain', reply.text);
  if (reply.html) data.setData('text/html', reply.html);
  return data;
}
