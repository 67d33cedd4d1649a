// axe-core, run on a page by the tests of accessibility (a11y.test.mjs) and of the offline and
// update states (offline.test.mjs, update.test.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Evaluated rather than added as a <script> tag: the site's Content-Security-Policy (rightly)
// refuses inline scripts, and evaluation from the test driver is not subject to it.
const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');
// WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices (landmarks, one h1, heading order…).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the whole document; returns the results. */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
}

export function describeViolations(violations) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Fails with axe's own report when the page has any violation. */
export async function assertNoViolations(page, label) {
  const results = await axe(page);
  if (results.violations.length > 0) {
    throw new Error(`${label}: axe found violations:\n${describeViolations(results.violations)}`);
  }
}
