import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadHelplines } from '../content/helplines/load';

/**
 * Issue 28 item 4: Portugal's lines, and Angola's and Mozambique's emergency rows, as the
 * fact-check (briefs/findings/lines-PT-fc.md) corrected the researcher's draft.
 */
const HELPLINES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/helplines');
const countries = loadHelplines(HELPLINES_DIR, { today: '2026-12-07' });
const of = (id: string) => countries.find((country) => country.id === id);
const line = (id: string) => of('pt')?.lines.find((entry) => entry.id === id);
const shown = (id: string) => of(id)?.emergency.map((e) => `${e.tel} ${e.label} (${e.confidence})`);

describe('Portugal (pt.yaml)', () => {
  it('has 112 from its own page, and none of Android’s other numbers', () => {
    expect(shown('pt')).toEqual(['112 Police, ambulance, fire (High)']);
  });

  it('offers the SMS 3060 to anyone facing violence at home, and MAI112 only to deaf people', () => {
    const [sms, app] = of('pt')?.cantTalk ?? [];
    expect(sms?.textLine?.tel).toBe('3060');
    expect(sms?.confidence).toBe('Medium');
    expect(sms?.how).toMatch(/automatic reply; then staff/);
    expect(sms?.how).toMatch(/If you are in danger, silence your phone first\./);
    // The replies stay on the phone too, not only the message the reader sent.
    expect(sms?.how).toMatch(/the conversation stays on your phone: delete your messages and the replies/);
    expect(app?.how).toMatch(/^If you are deaf or hard of hearing/);
    expect(app?.how).toMatch(/an internet connection\.$/);
    expect(app?.how).not.toMatch(/mobile data/);
    // No page says anyone can text 112.
    expect(JSON.stringify(of('pt')?.cantTalk)).not.toMatch(/text(ing)? 112/i);
  });

  it('carries the fact-check’s corrections', () => {
    // AMCV: the government's list calls the number its support line; no e-mail seen; Medium.
    const amcv = line('pt-amcv-support-line');
    expect(amcv?.service).toBe('AMCV support line (sexual violence)');
    expect(amcv?.confidence).toBe('Medium');
    expect(amcv?.email).toBeUndefined();
    // Quebrar o Silêncio: High on two sources; no e-mail, no "free".
    const qs = line('pt-quebrar-o-silencio');
    expect(qs?.confidence).toBe('High');
    expect(qs?.email).toBeUndefined();
    expect(qs?.privacy).not.toMatch(/free/i);
    // 116 111: nothing about the police (that is 116 000); no hours.
    expect(JSON.stringify(line('pt-sos-crianca-116-111'))).not.toMatch(/police/i);
    expect(line('pt-sos-crianca-116-111')?.schedule).toBeUndefined();
    expect(line('pt-apav-116-006')?.schedule).toBeUndefined();
    // 1411: no texting, sign language or interpreters promised.
    expect(JSON.stringify(line('pt-linha-1411'))).not.toMatch(/text|sign language|interpret/i);
    expect(line('pt-linha-1411')?.schedule).toEqual([{ covers: ['phone'], open: '24/7' }]);
    // SNS 24: no price said.
    expect(JSON.stringify(line('pt-sns-24'))).not.toMatch(/free/i);
    // SOS Voz Amiga: the numbers cost the caller; every day 15:30 to 00:30, past midnight.
    const voz = line('pt-sos-voz-amiga');
    expect(voz?.note).toBe('Calls to these numbers cost the usual rate.');
    expect(voz?.otherPhones?.map((phone) => phone.tel)).toEqual(['+351912802669', '+351963524660', '+351930712500']);
    expect(voz?.schedule).toEqual([
      { covers: ['phone'], zone: 'Europe/Lisbon', open: [{ days: 'mon-sun', from: '15:30', to: '00:30' }] },
    ]);
    expect(line('pt-linha-internet-segura')?.schedule?.[0]).toMatchObject({ holidays: 'closed' });
  });
});

describe('Angola and Mozambique (emergency.yaml)', () => {
  it('gives Angola 111, not 113, which is out of service; Android’s 112 and 115 hidden', () => {
    expect(shown('ao')).toEqual([
      '111 Emergency number (Medium)',
      '112 Emergency number (phones route it as: ambulance) (Low)',
      '115 Emergency number (phones route it as: fire) (Low)',
    ]);
    expect(of('ao')?.emergency[0]?.note).toMatch(/may not work in every province/);
    // A place a reader can phone, not the calque 'local police command'.
    expect(of('ao')?.emergency[0]?.note).toMatch(/call the police in your municipality\./);
    expect(of('ao')?.emergency[0]?.source).toMatch(/^https:\/\/www\.sapo\.pt\//);
  });

  it('keeps Mozambique’s rows from Android’s list, saying what changed', () => {
    const mz = of('mz')?.emergency ?? [];
    expect(mz.map((e) => e.tel)).toEqual(['119', '117', '198']);
    for (const entry of mz) {
      expect(entry.confidence).toBe('Medium');
      expect(entry.verify).toMatch(/janeiro/);
    }
  });
});
