/** Sample values for the editor's live preview, so a template reads as a customer would see it. */
import { nextWorkingDay } from '@/lib/templates/rank/follow-up';
import type { RenderContext } from '@/lib/templates/types';

const SAMPLE_CUSTOMERS: Readonly<Record<string, string>> = {
  en: 'Maria Garcia',
  es: 'Lucía Fernández',
  pt: 'João Silva',
  fr: 'Claire Martin',
  de: 'Jonas Weber',
  ru: 'Анна Иванова',
  ar: 'محمد علي',
  hu: 'Nagy Anna',
};

export function sampleContext(language: string, agentName: string, now = Date.now()): RenderContext {
  return {
    customer: { name: SAMPLE_CUSTOMERS[language] ?? SAMPLE_CUSTOMERS.en },
    agent: { name: agentName || 'Sam Rivera' },
    ticket: { id: '4821' },
    order: { id: 'A-1093' },
    followUp: { date: nextWorkingDay(now) },
    now,
  };
}
