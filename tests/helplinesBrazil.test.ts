import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHelplines } from '../content/helplines/load';

/**
 * Brazil's crisis and young people's lines, as the fact-check (briefs/findings/lines-BR-fc.md)
 * corrected the researcher's draft (briefs/facts/lines-BR.md).
 */
const HELPLINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/helplines');
const countries = loadHelplines(HELPLINES_DIR, { today: '2026-12-07' });
const br = countries.find((country) => country.id === 'br');
const line = (id: string) => br?.lines.find((entry) => entry.id === id);

describe('Brazil (br.yaml)', () => {
  it('has CVV 188 as a crisis line, High on the em.com.br page, free from a landline or mobile', () => {
    const cvv = line('br-cvv-188');
    expect(cvv?.phone).toEqual({ display: '188', tel: '188' });
    expect(cvv?.tags).toEqual(['crisis']);
    expect(cvv?.confidence).toBe('High');
    expect(cvv?.source).toMatch(/^https:\/\/www\.em\.com\.br\/.*centro-de-valorizacao-da-vida/);
    expect(cvv?.privacy).toMatch(/^Free from any landline or mobile, anywhere in Brazil\./);
    expect(JSON.stringify(cvv)).not.toMatch(/payphone/i);
    // The phone is round the clock; the chat's hours are not known, so the schedule leaves it out.
    expect(cvv?.schedule).toEqual([{ covers: ['phone'], open: '24/7' }]);
    // 141 was CVV's number before 188.
    expect(JSON.stringify(br)).not.toMatch(/"141"/);
  });

  it('has Disque 100 for young people, with the 2023 WhatsApp and the report passed on', () => {
    const disque = line('br-disque-100');
    expect(disque?.phone?.tel).toBe('100');
    expect(disque?.whatsapp).toEqual({ display: '(61) 99611-0100', tel: '+5561996110100' });
    expect(disque?.tags).toEqual(['young-people', 'sexual-violence']);
    expect(disque?.confidence).toBe('High');
    expect(disque?.privacy).toMatch(/sent on to the local child-protection council \(Conselho Tutelar\).*police\./);
    expect(disque?.schedule).toEqual([{ covers: ['phone', 'whatsapp'], open: '24/7' }]);
    // Neither the old WhatsApp (2020–23) nor the 2003 hours.
    expect(JSON.stringify(br)).not.toMatch(/99656|9656-5008|22h/);
  });

  it('has SaferNet’s chat, Medium, open only at set weekday times and no emergency service', () => {
    const safernet = line('br-safernet-helpline');
    expect(safernet?.chat).toBe('https://helpline.org.br');
    expect(safernet?.phone).toBeUndefined();
    expect(safernet?.email).toBeUndefined();
    expect(safernet?.confidence).toBe('Medium');
    expect(safernet?.hours).toMatch(/only at set times on weekdays, not at night or at weekends/);
    // One secondhand page gives the hours: no schedule, so the card says "Hours not confirmed".
    expect(safernet?.schedule).toBeUndefined();
    expect(safernet?.note).toBe('Not an emergency service. If you are in danger now, call 190.');
  });

  it('keeps Ligue 180’s WhatsApp Medium, with the tip to save it under another name and delete the chat', () => {
    const ligue = line('ligue-180');
    expect(ligue?.confidence).toBe('Medium');
    expect(ligue?.privacy).toMatch(/save the WhatsApp number under another name, such as "Pagu", and delete/);
    expect(ligue?.languages).toBeUndefined();
    expect(ligue?.verify).toMatch(/Languages: sources conflict/);
    expect(ligue?.verify).not.toMatch(/only\)?: do NOT show/);
  });

  it('tags only CVV as a crisis line', () => {
    expect(br?.lines.filter((entry) => entry.tags.includes('crisis')).map((entry) => entry.id)).toEqual(['br-cvv-188']);
  });
});
