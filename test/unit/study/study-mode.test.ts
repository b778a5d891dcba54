import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { studyModeInlineScript } from '../../../src/plugins/study-mode-inline-script.ts';
import { modeFromValues, resolveMode } from '../../../src/study/study-mode.ts';

describe('resolveMode', () => {
  it('uses the remembered choice, and read mode when there is none or it is garbage', () => {
    expect(resolveMode('', 'study')).toEqual({ mode: 'study', fromLink: false });
    expect(resolveMode('', 'read')).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('', null)).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('', '{"oops"')).toEqual({ mode: 'read', fromLink: false });
  });

  it('lets ?study=1 or ?study=0 on the link override the remembered choice', () => {
    expect(resolveMode('?study=1', 'read')).toEqual({ mode: 'study', fromLink: true });
    expect(resolveMode('?x=2&study=0', 'study')).toEqual({ mode: 'read', fromLink: true });
  });

  it('ignores other values of the parameter', () => {
    expect(resolveMode('?study=yes', 'read')).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('?study=', 'study')).toEqual({ mode: 'study', fromLink: false });
  });
});

/** Stands for storage that throws when read (blocked cookies). */
const BLOCKED = Symbol('blocked storage');

/**
 * Runs an inline study-mode script in a stub page with this query string and
 * remembered choice, and says whether it hid the answers before paint
 * (`<html data-study-mode="study">`).
 */
function hidesAnswersBeforePaint(script: string, search: string, stored: string | null | typeof BLOCKED): boolean {
  const attributes = new Map<string, string>();
  const documentElement = {
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    getAttribute: (name: string) => attributes.get(name) ?? null,
    removeAttribute: (name: string) => attributes.delete(name),
  };
  const localStorage = {
    getItem: () => {
      if (stored === BLOCKED) throw new Error('storage is blocked');
      return stored;
    },
  };
  const window = { location: { search }, localStorage, addEventListener: () => {} };
  runInNewContext(script, { window, document: { documentElement }, URLSearchParams, setTimeout: () => {} });
  return attributes.get('data-study-mode') === 'study';
}

/**
 * [query string, remembered choice, whether answers are hidden], as study-mode.ts's
 * header states the rules: `?study=1` or `?study=0` on a link overrides the
 * remembered choice; without one, the remembered choice, and read mode by default.
 */
const CASES: readonly (readonly [string, string | null | typeof BLOCKED, boolean])[] = [
  ['', 'study', true],
  ['', 'read', false],
  ['', null, false],
  ['', '{"oops"', false],
  ['?study=1', 'read', true],
  ['?study=1', null, true],
  ['?x=2&study=0', 'study', false],
  ['?study=yes', 'read', false],
  ['?study=', 'study', true],
  ['?study=1', BLOCKED, true],
  ['', BLOCKED, false],
];

describe('the inline script that hides answers before the page paints', () => {
  const script = studyModeInlineScript('localStorage', 'sre-study.mode');

  it.each(CASES)('with the query "%s" and the remembered choice %s, hides the answers: %s, as the app decides once it starts', (search, stored, hidden) => {
    expect(hidesAnswersBeforePaint(script, search, stored)).toBe(hidden);
    if (stored !== BLOCKED) expect(resolveMode(search, stored).mode === 'study').toBe(hidden);
  });

  it('would be caught if its rule drifted from the app’s (negative control)', () => {
    // A script whose rule forgot that a link overrides the remembered choice.
    const ignoresLinks = (_linkValue: string | null, storedValue: string | null) => ({ mode: storedValue === 'study' ? 'study' : 'read', fromLink: false });
    expect(script).toContain(modeFromValues.toString());
    const drifted = script.replace(modeFromValues.toString(), ignoresLinks.toString());
    const disagreements = CASES.filter(([search, stored, hidden]) => hidesAnswersBeforePaint(drifted, search, stored) !== hidden);
    expect(disagreements.map(([search]) => search)).toEqual(['?study=1', '?study=1', '?x=2&study=0', '?study=1']);
  });
});

describe('the same script, once the page has loaded', () => {
  const script = studyModeInlineScript('localStorage', 'sre-study.mode');

  /** Runs the script with `?study=1`, then the page's load event; says whether answers are still hidden. */
  function hiddenAfterLoad(page: { startScriptLinked: boolean; startScriptRan: boolean }): boolean {
    const attributes = new Map<string, string>();
    if (page.startScriptRan) attributes.set('data-app', 'waiting');
    const onLoad: (() => void)[] = [];
    const documentElement = {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      hasAttribute: (name: string) => attributes.has(name),
      removeAttribute: (name: string) => attributes.delete(name),
    };
    const document = {
      documentElement,
      querySelector: (selector: string) => (page.startScriptLinked && selector === 'script[data-app-scripts]' ? {} : null),
    };
    const window = {
      location: { search: '?study=1' },
      localStorage: { getItem: () => null },
      addEventListener: (type: string, listener: () => void) => type === 'load' && onLoad.push(listener),
    };
    runInNewContext(script, { window, document, URLSearchParams });
    expect(attributes.get('data-study-mode'), 'hidden before paint').toBe('study');
    for (const listener of onLoad) listener();
    return attributes.get('data-study-mode') === 'study';
  }

  it('shows the answers again when the file that starts the app never ran (it failed to load)', () => {
    expect(hiddenAfterLoad({ startScriptLinked: true, startScriptRan: false })).toBe(false);
  });

  it('leaves them to the app when that file ran, or when the page links none (`docusaurus start`) (negative controls)', () => {
    expect(hiddenAfterLoad({ startScriptLinked: true, startScriptRan: true })).toBe(true);
    expect(hiddenAfterLoad({ startScriptLinked: false, startScriptRan: false })).toBe(true);
  });
});
