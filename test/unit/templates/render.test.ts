import { describe, expect, it } from 'vitest';
import { formatDate, renderTemplate } from '@/lib/templates/render';

const FRIDAY_3PM = Date.UTC(2026, 10, 27, 15, 0);
const TUESDAY = Date.UTC(2026, 10, 24, 9, 0);
const dates = { followUp: { date: FRIDAY_3PM }, now: TUESDAY, timeZone: 'UTC' };
const render = (body: string, context = {}, language = 'en') => renderTemplate({ body, language }, context);

describe('renderTemplate', () => {
  it('fills values and uses fallbacks only when a value is missing', () => {
    const body = 'Hi {{customer.firstName|there}}, ticket {{ticket.id|}} from {{agent.firstName}}';
    expect(
      render(body, {
        customer: { firstName: 'Maria' },
        ticket: { id: '4821' },
        agent: { name: 'Sam Rivera' },
      }).text,
    ).toBe('Hi Maria, ticket 4821 from Sam');
    expect(render(body, { agent: { firstName: 'Sam' } }).text).toBe('Hi there, ticket from Sam');
  });

  it('derives first names from full names and email addresses', () => {
    expect(render('Hi {{customer.firstName}}', { customer: { name: 'MARIA GARCÍA' } }).text).toBe('Hi Maria');
    expect(render('Hi {{customer.firstName}}', { customer: { email: 'anna.nagy@example.com' } }).text).toBe(
      'Hi Anna',
    );
    expect(render('Kedves {{customer.firstName}}!', { customer: { name: 'Nagy Anna' } }, 'hu').text).toBe(
      'Kedves Anna!',
    );
  });

  it('reads name order from the name, not from the template language alone', () => {
    const hungarian = 'Kedves {{customer.firstName}}!\n\nÜdvözlettel:\n{{agent.firstName}}';
    const context = { customer: { name: 'Tóth Réka' }, agent: { name: 'Lea Berg' } };
    expect(render(hungarian, context, 'hu').text).toBe('Kedves Réka!\n\nÜdvözlettel:\nLea');
    const english = 'Hi {{customer.firstName}},\n\nBest,\n{{agent.firstName}}';
    expect(render(english, { customer: { name: 'Nagy Anna' }, agent: { name: 'Lea Berg' } }).text).toBe(
      'Hi Anna,\n\nBest,\nLea',
    );
  });

  it('shows a missing value with no fallback as a labelled gap in the template language, and lists it', () => {
    const english = render('Order {{order.id}} for {{customer.firstName}}.');
    expect(english.text).toBe('Order [order number] for [first name].');
    expect(english.missing).toEqual(['order.id', 'customer.firstName']);
    expect(render('Pedido {{order.id}}', {}, 'es').text).toBe('Pedido [número de pedido]');
    expect(render('Заказ {{order.id}}', {}, 'ru').text).toBe('Заказ [номер заказа]');
  });

  it.each([
    ['en', 'Friday', 'Friday, November 27', '3:00 PM'],
    ['es', 'viernes', 'viernes, 27 de noviembre', '15:00'],
    ['pt', 'sexta-feira', 'sexta-feira, 27 de novembro', '15:00'],
    ['fr', 'vendredi', 'vendredi 27 novembre', '15:00'],
    ['de', 'Freitag', 'Freitag, 27. November', '15:00'],
    ['ru', 'пятница', 'пятница, 27 ноября', '15:00'],
    ['ar', 'الجمعة', 'الجمعة، 27 نوفمبر', '3:00 م'],
    ['hu', 'péntek', 'november 27., péntek', '15:00'],
  ])('formats the follow-up date in %s', (language, weekday, date, time) => {
    const body =
      '{{followUp.date|weekday}} | {{followUp.date|date}} | {{followUp.date|time}} | {{followUp.date}}';
    const { text } = render(body, dates, language);
    expect(text.replace(/[\u200f\u061c]/g, '')).toBe(`${weekday} | ${date} | ${time} | ${date}`);
  });

  // Friday 27 November and Saturday 28, asked on Tuesday 24; then Friday 11 December, a week or more away.
  it.each([
    ['en', 'on Friday | by Friday | on Saturday | by Friday, December 11'],
    ['es', 'el viernes | a más tardar el viernes | el sábado | a más tardar el viernes 11 de diciembre'],
    ['pt', 'na sexta-feira | até sexta-feira | no sábado | até sexta-feira, 11 de dezembro'],
    ['fr', "vendredi | d'ici vendredi | samedi | d'ici le vendredi 11 décembre"],
    ['de', 'am Freitag | bis Freitag | am Samstag | bis Freitag, 11. Dezember'],
    ['ru', 'в пятницу | до пятницы | в субботу | до пятницы, 11 декабря'],
    ['ar', 'يوم الجمعة | بحلول يوم الجمعة | يوم السبت | بحلول يوم الجمعة 11 ديسمبر'],
    ['hu', 'pénteken | péntekig | szombaton | december 11-ig'],
  ])('writes "on" and "by" a weekday as %s says it (weekday-on, weekday-by)', (language, expected) => {
    const day = 86_400_000;
    const text = [
      formatDate(FRIDAY_3PM, 'weekday-on', language, { now: TUESDAY, timeZone: 'UTC' }),
      formatDate(FRIDAY_3PM, 'weekday-by', language, { now: TUESDAY, timeZone: 'UTC' }),
      formatDate(FRIDAY_3PM + day, 'weekday-on', language, { now: TUESDAY, timeZone: 'UTC' }),
      formatDate(FRIDAY_3PM + 14 * day, 'weekday-by', language, { now: TUESDAY, timeZone: 'UTC' }),
    ].join(' | ');
    expect(text.replace(/[\u200f\u061c]/g, '')).toBe(expected);
  });

  it('gives Hungarian dates further away their case ending, and other languages the plain weekday', () => {
    const context = { now: TUESDAY, timeZone: 'UTC' };
    expect(
      formatDate(Date.UTC(2026, 11, 1, 9), 'weekday-on', 'hu', {
        now: Date.UTC(2026, 10, 20),
        timeZone: 'UTC',
      }),
    ).toBe('december 1-jén, kedden');
    expect(formatDate(FRIDAY_3PM + 14 * 86_400_000, 'weekday-on', 'hu', context)).toBe(
      'december 11-én, pénteken',
    );
    expect(formatDate(TUESDAY, 'weekday-on', 'ru', context)).toBe('во вторник');
    expect(formatDate(FRIDAY_3PM, 'weekday-on', 'it', context)).toBe('venerdì');
    expect(formatDate(FRIDAY_3PM, 'weekday-on', 'en', { now: TUESDAY, timeZone: 'Pacific/Kiritimati' })).toBe(
      'on Saturday',
    );
    expect(render('Je vous rappelle {{followUp.date|weekday-on}}.', dates, 'fr').text).toBe(
      'Je vous rappelle vendredi.',
    );
  });

  it('writes the full date instead of a weekday a week or more away, and never throws on a bad zone or language', () => {
    expect(formatDate(FRIDAY_3PM + 14 * 86_400_000, 'weekday', 'en', { now: TUESDAY, timeZone: 'UTC' })).toBe(
      'Friday, December 11',
    );
    expect(formatDate(FRIDAY_3PM, 'weekday', 'en', { now: TUESDAY, timeZone: 'Mars/Olympus' })).toMatch(
      /day$/,
    );
    expect(formatDate(FRIDAY_3PM, 'weekday', '!!', { now: TUESDAY, timeZone: 'UTC' })).toBe('Friday');
    expect(formatDate(Number.NaN, 'date', 'en')).toBe('');
  });

  it.each([
    ['en', 'Hi {{customer.firstName|}},', 'Hi,'],
    ['en', 'Hi {{customer.firstName|}}!', 'Hi!'],
    ['es', 'Hola {{customer.firstName|}}, ¿qué tal?', 'Hola, ¿qué tal?'],
    ['es', '¡Hola {{customer.firstName|}}!', '¡Hola!'],
    ['ru', 'Здравствуйте, {{customer.firstName|}}!', 'Здравствуйте!'],
    ['fr', 'Bonjour {{customer.firstName|}} !', 'Bonjour !'],
    ['ar', 'مرحباً {{customer.firstName|}}،', 'مرحباً،'],
    ['en', 'Thanks {{customer.firstName|}} for writing', 'Thanks for writing'],
    ['en', '{{customer.firstName|}}, thanks for writing', 'Thanks for writing'],
    ['en', 'Your order {{order.id|}} is on its way.', 'Your order is on its way.'],
  ])('tidies what an empty placeholder leaves (%s: %j)', (language, body, expected) => {
    expect(render(body, {}, language).text).toBe(expected);
  });

  it('builds HTML from escaped text: paragraphs, line breaks and numbered steps', () => {
    const { html } = render(
      'Hi {{customer.firstName}},\n\nDo this:\n1. Open <settings>\n2. Save & close\n\nBest,\nSam',
      {
        customer: { firstName: 'Ann' },
      },
    );
    expect(html).toBe(
      '<p>Hi Ann,</p><p>Do this:</p><ol><li>Open &lt;settings&gt;</li><li>Save &amp; close</li></ol><p>Best,<br>Sam</p>',
    );
  });

  describe('with hostile page values', () => {
    const hostile = {
      customer: {
        name: '<img src=x onerror=alert(1)> {{agent.name}}',
        firstName: '\u202Eevil\u202C {{ticket.id}}',
      },
      agent: { name: 'Sam' },
      ticket: { id: '<script>alert(1)</script>' },
      order: { id: `${'A'.repeat(10_000)}` },
    };
    const { text, html } = render(
      'Hi {{customer.firstName}}, {{customer.name}}\n\nTicket {{ticket.id}}, order {{order.id}}\n\n{{agent.firstName}}',
      hostile,
    );

    it('inserts them as text: the HTML has no element but the ones it builds', () => {
      const container = document.createElement('div');
      container.innerHTML = html;
      expect([...container.querySelectorAll('*')].map((element) => element.tagName.toLowerCase())).toEqual([
        'p',
        'p',
        'p',
      ]);
      expect(container.querySelector('img, script')).toBeNull();
      expect(container.textContent?.toLowerCase()).toContain('<img src=x onerror=alert(1)>');
    });

    it('never lets a value read as a placeholder, or bidi controls reorder the line', () => {
      expect(text).not.toMatch(/\{\{|\}\}/);
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(text).toContain('{agent.name}');
    });

    it('caps an absurdly long value', () => {
      expect(text.length).toBeLessThan(400);
      expect(text).toContain('…');
    });
  });

  it('never throws on malformed templates or contexts', () => {
    const weird: unknown[] = [
      null,
      undefined,
      42,
      { body: 5 },
      { body: 'Hi {{', language: 7 },
      { body: '}} {{x|y|z|w}} {{}}' },
    ];
    for (const template of weird) {
      const result = renderTemplate(template as { body: string; language: string }, {
        customer: { name: 42 as unknown as string },
      });
      expect(result.text).not.toMatch(/\{\{|\}\}/);
    }
  });
});
