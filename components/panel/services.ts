/**
 * The panel's calls over Tactful's messages: the tone engine, the template library and the reply checker run in
 * the background, so none of them is bundled into the page. Insertion is passed in (it runs in the content
 * script itself, next to the page's editor).
 */
import { sendMessage } from '@/lib/messaging/browser';
import type { PanelServices } from './types';

export function messagingServices(insert: PanelServices['insert']): PanelServices {
  return {
    analyzeTone: (text) => sendMessage('analyzeTone', { text }),
    async suggestFollowUp(tone) {
      try {
        return (await sendMessage('suggestDeadline', { tone: tone.tone, urgency: tone.urgency })).dueAt;
      } catch {
        // Without working hours or reminders the replies still render; only the promised day stays generic.
        return undefined;
      }
    },
    suggestReplies: (request) => sendMessage('suggestReplies', request),
    searchTemplates: (query) => sendMessage('searchTemplates', query),
    renderTemplate: (templateId, context) => sendMessage('renderTemplate', { templateId, context }),
    checkReply: (request) => sendMessage('checkReply', request),
    insert,
    async recordTemplateUse(templateId) {
      await sendMessage('recordTemplateUse', { templateId });
    },
    async saveAgentName(agentName) {
      await sendMessage('saveSettings', { agentName });
    },
  };
}
