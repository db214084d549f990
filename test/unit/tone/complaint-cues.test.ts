import { describe, expect, it } from 'vitest';
import { detectTone } from '@/lib/tone';
import { polarityAgreeingWithTone } from '@/lib/tone/detect';

const kindsOf = (text: string): string[] => detectTone(text).evidence.map((e) => e.label);

describe('an angry or frustrated message is a negative one', () => {
  it('overrides only a neutral polarity, and only for those two tones', () => {
    expect(polarityAgreeingWithTone('frustrated', 'neutral')).toBe('negative');
    expect(polarityAgreeingWithTone('angry', 'neutral')).toBe('negative');
    expect(polarityAgreeingWithTone('angry', 'positive')).toBe('positive');
    expect(polarityAgreeingWithTone('confused', 'neutral')).toBe('neutral');
    expect(polarityAgreeingWithTone('anxious', 'neutral')).toBe('neutral');
  });

  // Complaints carried by cues, with no sentiment word for the polarity layer to read.
  it.each([
    ['en', 'Love the product but the app keeps logging me out every few minutes. Any fix?'],
    ['fr', 'Bonjour, cela fait trois fois que je vous écris pour le même problème de facturation.'],
  ])('reads as negative (%s: %s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(['angry', 'frustrated']).toContain(result.tone);
    expect(result.polarity).toBe('negative');
  });
});

describe('an app that throws the customer out is a problem', () => {
  it.each([
    ['en', 'The app keeps logging me out every few minutes.'],
    ['es', 'La aplicación me cierra la sesión cada dos minutos.'],
    ['de', 'Die App loggt mich ständig aus, sobald ich etwas bestelle.'],
    ['fr', "L'application me déconnecte toutes les deux minutes."],
    ['pt', 'O aplicativo fica caindo toda hora quando abro o carrinho.'],
    ['ru', 'Приложение постоянно выкидывает меня из аккаунта.'],
    ['hu', 'Az alkalmazás folyton kiléptet a fiókomból.'],
    ['ar', 'التطبيق بيعلق كل شوية ومش عارف اكمل الطلب'],
  ])('%s: %s', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(kindsOf(text)).toContain('problem');
    expect(result.constructive).toBe(true);
  });
});

describe('repeat contact counted in words', () => {
  it.each([
    ['en', "I've written three times about the same invoice."],
    ['es', 'Ya les escribí tres veces por la misma factura.'],
    ['de', 'Ich habe schon dreimal wegen derselben Rechnung geschrieben.'],
    ['fr', 'Je vous ai écrit trois fois pour la même facture.'],
    ['pt', 'Já escrevi três vezes sobre a mesma fatura.'],
    ['ru', 'Я уже трижды писал про один и тот же счёт.'],
    ['hu', 'Már háromszor írtam ugyanarról a számláról.'],
    ['ar', 'كتبت لكم ثلاث مرات عن نفس الفاتورة'],
  ])('%s: %s', (lang, text) => {
    expect(detectTone(text).lang).toBe(lang);
    expect(kindsOf(text)).toContain('repeat');
  });
});

describe('single fixes', () => {
  it('French "je résilie" is churn', () => {
    expect(detectTone("Si rien n'est fait, je résilie mon contrat.").churnRisk).toBeGreaterThanOrEqual(0.5);
  });

  it('Arabic "وما وصلني" (and nothing reached me) is a missing delivery, not a positive word', () => {
    const text = 'دفعت الفلوس وما وصلني شي';
    expect(kindsOf(text)).toContain('problem');
    expect(detectTone(text).polarity).toBe('negative');
  });

  it('Arabic "أخذتوا فلوسي" (you took my money) is a complaint, not a threat to leave', () => {
    expect(detectTone('حسبي الله فيكم، أخذتوا فلوسي وما وصلني شي').churnRisk).toBeLessThan(0.5);
  });
});

describe('connections that drop and trips that fall through', () => {
  it.each([
    [
      'en',
      'My internet has been dropping every evening for a week. I work from home, this is costing me money.',
    ],
    [
      'de',
      'Mein Flug wurde gestrichen und die App lässt mich nicht umbuchen. Ich sitze mit zwei Kindern am Flughafen fest, bitte helfen Sie!',
    ],
  ])('read as a negative complaint (%s)', (lang, text) => {
    const result = detectTone(text);
    expect(result.lang).toBe(lang);
    expect(result.polarity).toBe('negative');
    expect(kindsOf(text)).toContain('problem');
  });

  it('Arabic "أسرع" (faster) in praise is no call to hurry', () => {
    const result = detectTone('التحديث الجديد رائع، كل شيء أسرع بكثير. شكراً للفريق!');
    expect(result.tone).toBe('positive');
    expect(result.urgency).toBeLessThan(0.3);
  });
});
