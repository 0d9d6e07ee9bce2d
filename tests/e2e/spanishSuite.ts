/**
 * The main journeys with Chromium started in Spanish (LANGUAGE=es, --lang=es-ES; Debian needs
 * chromium-l10n): the guide follows the browser's language, every view is in Spanish with no
 * English string left, axe is clean, the reader can switch language at once, and History keeps no
 * revealing word in any language. Run by languages.e2e.test.ts, inside a describe of its own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import type { Session } from './browser';
import { expectCountryFacts } from './countryFacts';
import { expectRouteOnFirstScreen, placeRoute, riskTopics } from './dangerNow';
import { languageJourneys } from './languageJourneys';

const spanish = languageJourneys({ language: 'es', locale: 'es-ES', name: 'Español' });
const { messages: es, expectNoEnglish, home: homeIn } = spanish;

/** Registers the Spanish suite: its hooks hold one Chromium in Spanish for its tests only. */
export function spanishSuite(): void {
  let session: Session;
  let popup: Page;

  beforeAll(async () => {
    // A reader in Spain: the computer's zone is Madrid's, hours from the services' (Chile, the UK).
    session = await spanish.launch({ timezoneId: 'Europe/Madrid' });
    popup = await session.open('popup.html', { width: 384, height: 600 });
  });

  afterAll(async () => {
    await session?.close();
  });

  const home = () => homeIn(popup);

  describe('the guide in Spanish, from the browser’s language', () => {
    it('opens the popup in Spanish: its language, its strings, its topics', () => spanish.opensHome(popup));

    it('opens a topic in Spanish', () => spanish.opensTopic(popup, 'saying-no'));

    it('shows Spain’s country fact in a topic (es-ES), Mexico’s when chosen there, and “cambia según el país” where the data has none', async () => {
      await home();
      await expectCountryFacts(popup, 'es', es, 'es');
      await expectNoEnglish(popup, 'a country fact');
    });

    it('opens every risk topic with the danger-now route on the popup’s first screen, in Spanish, axe clean', async () => {
      await home();
      const checked: string[] = [];
      for (const topic of riskTopics('es')) {
        // CSS rather than role queries, which are slow on a busy machine; the route's role and name
        // are checked with its place.
        await popup.locator(`#entry-${topic.id}`).click();
        await popup.locator('.danger-now').waitFor();

        // Chromium in es-ES: Spain's 112, and its 024 line where self-harm is a risk.
        expectRouteOnFirstScreen(await popup.evaluate(placeRoute), topic, 'es', {
          emergency: '112',
          crisisLine: '024',
        });
        await expectNoAxeViolations(popup, `the topic "${topic.title}" with its danger-now route`);
        await expectNoEnglish(popup, `the topic "${topic.title}"`);
        checked.push(topic.id);
        await popup.locator('.back').click();
        await popup.locator('#search-input').waitFor();
      }

      expect(checked.length).toBeGreaterThanOrEqual(8);
    });

    it('searches in Spanish, with or without accents, and says so in Spanish when nothing matches', () =>
      spanish.searches(popup, [
        ['borracho', 'alcohol-and-drugs'],
        ['presion', 'pressure-and-coercion'],
      ]));

    it('shows the helplines for Spain (es-ES), in Spanish', () => spanish.showsHelplines(popup, /016/));

    it('opens each country’s helplines with "Si no puedes hablar": UK, France, Mexico, and a country without a route', async () => {
      // On the helplines view the test above left open.
      const section = popup.getByRole('region', { name: es.helplinesCantTalkHeading });
      const name = (visible: string, number: string) => `${visible.replace('$1', number)}, ${es.helplinesCantTalkName}`;
      const expected: [string, RegExp, [string, string][]][] = [
        ['gb', /marca 55: te pasan con la policía/, [[name(es.helplinesCallVisible as string, '999'), 'tel:999']]],
        [
          'fr',
          /Envía un SMS al 114, gratis, de día y de noche/,
          [[name(es.helplinesTextVisible as string, '114'), 'sms:114']],
        ],
        ['mx', /app gratuita del 911 .* botón de pánico/, []],
        ['it', new RegExp(`^${(es.helplinesCantTalkNone as string).slice(0, 40)}`), []],
      ];

      for (const [id, text, links] of expected) {
        await popup.getByRole('combobox', { name: es.helplinesCountryLabel, exact: true }).selectOption(id);
        await section.getByText(text).waitFor();
        const headings = await popup.getByRole('heading', { level: 2 }).allTextContents();
        expect(headings.slice(0, 2), id).toEqual([es.helplinesCantTalkHeading, es.helplinesEmergencyHeading]);
        for (const [label, href] of links) {
          expect(await section.getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(href);
        }
        await expectNoEnglish(popup, `"Si no puedes hablar" (${id})`);
        await expectNoAxeViolations(popup, `"Si no puedes hablar" (${id})`);
      }
    });

    it('leaves by Shift pressed three times, announcing the count in Spanish', () => spanish.leavesByShift(session));

    it('leaves by the Spanish quick exit button', () => spanish.leavesByButton(session));
  });

  describe('choosing the language in Settings', () => {
    it('switches the settings page and the popup at once, and back', () => spanish.switchesLanguage(session));
  });

  describe('"Abierto ahora" in Spanish (issue 24)', () => {
    // Last to use this browser: a page's fixed clock (page.clock) holds for the whole context.
    it('says whether each line is open, on the reader’s clock in Madrid, and changes while the view is open', async () => {
      // Tuesday 8 December 2026, 17:59 in the UK (UTC in winter), 18:59 in Madrid.
      const page = await session.open(
        'popup.html',
        { width: 384, height: 600 },
        { clock: new Date('2026-12-08T17:58:00Z') },
      );
      await page
        .getByRole('button', { name: new RegExp(`^${es.talkToSomeone}`) })
        .first()
        .click();
      const country = page.getByRole('combobox', { name: es.helplinesCountryLabel, exact: true });
      await country.waitFor();
      // The view has loaded (its loading waits on timers): from here the clock moves only when told.
      await page.clock.pauseAt(new Date('2026-12-08T17:59:00Z'));
      await country.selectOption('gb');
      const card = (name: string | RegExp) => page.getByRole('article', { name });
      const scotland = card('Rape Crisis Scotland');

      await scotland
        .getByText('Cerrado. Abre hoy a las 19:00 según tu reloj (18:00, hora de Reino Unido)', { exact: true })
        .waitFor();
      await page.clock.fastForward(60_000);
      await scotland
        .getByText('Abierto ahora, hasta la 01:00 según tu reloj (00:00, hora de Reino Unido)', { exact: true })
        .waitFor();

      // Chile's Fono 1455 on a Saturday (00:00 in Santiago, 04:00 in Madrid): Monday to Friday only.
      await country.selectOption('cl');
      await page.clock.setSystemTime(new Date('2026-12-12T03:00:00Z'));
      await page.clock.fastForward(60_000);
      const fono = card(/^Fono 1455/);
      await fono
        .getByText('Teléfono: Cerrado. Abre el lunes a las 12:00 según tu reloj (08:00, hora de Chile)', {
          exact: true,
        })
        .waitFor();
      expect(await fono.getByText('WhatsApp: Horario sin confirmar', { exact: true }).isVisible()).toBe(true);
      expect(await fono.getByText(es.helplinesHolidaysClosed as string).isVisible()).toBe(true);

      // axe waits on timers: the clock runs again while it looks.
      await page.clock.resume();
      await expectNoEnglish(page, '"Abierto ahora"');
      await expectNoAxeViolations(page, 'the helplines view (cl) with "Abierto ahora"');
      await page.close();
    });
  });

  describe('the first run, in Spanish', () => {
    it('explains quick exit and its limits in Spanish', () => spanish.explainsFirstRun(session));
  });

  describe('history after a run in Spanish', () => {
    it('holds no word, in any language, that reveals what the extension is for', () =>
      spanish.leavesCleanHistory(session));
  });
}
