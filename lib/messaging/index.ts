export type * from './protocol';
export { createEnvelope, dispatchEnvelope, isEnvelope, unwrapReply } from './dispatch';
