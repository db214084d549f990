/**
 * What stands in for a placeholder that has no value and no fallback: a bracketed label in the template's
 * language ("[order number]", "[número de pedido]"). The agent sees it highlighted and listed before
 * inserting; it never looks like template syntax, and it reads as an obvious gap if it is sent anyway.
 */
import type { PlaceholderPath } from '../format/vocabulary';

type Labels = Record<PlaceholderPath, string>;

const LABELS: Readonly<Record<string, Labels>> = {
  en: {
    'customer.firstName': 'first name',
    'customer.name': 'customer name',
    'agent.firstName': 'your name',
    'agent.name': 'your name',
    'ticket.id': 'ticket number',
    'order.id': 'order number',
    'followUp.date': 'date',
  },
  es: {
    'customer.firstName': 'nombre',
    'customer.name': 'nombre del cliente',
    'agent.firstName': 'tu nombre',
    'agent.name': 'tu nombre',
    'ticket.id': 'número de caso',
    'order.id': 'número de pedido',
    'followUp.date': 'fecha',
  },
  pt: {
    'customer.firstName': 'nome',
    'customer.name': 'nome do cliente',
    'agent.firstName': 'seu nome',
    'agent.name': 'seu nome',
    'ticket.id': 'número do chamado',
    'order.id': 'número do pedido',
    'followUp.date': 'data',
  },
  fr: {
    'customer.firstName': 'prénom',
    'customer.name': 'nom du client',
    'agent.firstName': 'votre prénom',
    'agent.name': 'votre nom',
    'ticket.id': 'numéro de ticket',
    'order.id': 'numéro de commande',
    'followUp.date': 'date',
  },
  de: {
    'customer.firstName': 'Vorname',
    'customer.name': 'Name des Kunden',
    'agent.firstName': 'Ihr Vorname',
    'agent.name': 'Ihr Name',
    'ticket.id': 'Ticketnummer',
    'order.id': 'Bestellnummer',
    'followUp.date': 'Datum',
  },
  ru: {
    'customer.firstName': 'имя',
    'customer.name': 'имя клиента',
    'agent.firstName': 'ваше имя',
    'agent.name': 'ваше имя',
    'ticket.id': 'номер обращения',
    'order.id': 'номер заказа',
    'followUp.date': 'дата',
  },
  ar: {
    'customer.firstName': 'الاسم',
    'customer.name': 'اسم العميل',
    'agent.firstName': 'اسمك',
    'agent.name': 'اسمك',
    'ticket.id': 'رقم التذكرة',
    'order.id': 'رقم الطلب',
    'followUp.date': 'التاريخ',
  },
  hu: {
    'customer.firstName': 'keresztnév',
    'customer.name': 'ügyfél neve',
    'agent.firstName': 'az Ön neve',
    'agent.name': 'az Ön neve',
    'ticket.id': 'jegyszám',
    'order.id': 'rendelésszám',
    'followUp.date': 'dátum',
  },
};

export function missingLabel(path: string, lang: string): string {
  const labels = LABELS[lang] ?? LABELS.en;
  const label =
    labels?.[path as PlaceholderPath] ??
    path
      .replace(/[^\p{L}\p{N}.]+/gu, ' ')
      .trim()
      .slice(0, 40);
  return `[${label || '…'}]`;
}
