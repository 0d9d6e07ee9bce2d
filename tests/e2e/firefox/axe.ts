import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { AXE_SOURCE, AXE_TAGS, describeViolations, hasAxe, runAxe } from '../axeRun';

/** The same rules and runner as the Chromium suite (../axe.ts), through puppeteer over WebDriver BiDi. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(hasAxe))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(runAxe, AXE_TAGS);
  expect(describeViolations(violations), `axe violations on ${what} (Firefox)`).toEqual([]);
}
