import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { AXE_SOURCE, AXE_TAGS, describeViolations, hasAxe, runAxe } from './axeRun';

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules, plus best practice) and fails on any violation. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(hasAxe))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(runAxe, AXE_TAGS);
  expect(describeViolations(violations), `axe violations on ${what}`).toEqual([]);
}
