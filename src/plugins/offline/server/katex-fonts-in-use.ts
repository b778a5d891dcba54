/**
 * KaTeX ships twenty woff2 fonts, and a page downloads only those its formulas need: the CSS names a family
 * for a class (`.katex .mathcal{font-family:KaTeX_Caligraphic}`), and the browser fetches that family's file
 * once an element with the class is on screen. The precache does the same over the whole build: a family
 * whose classes appear on no page is never requested, so storing it on every reader's phone is waste
 * (about 94 kB gzip of Caligraphic, Fraktur, SansSerif, Script and Typewriter on this site). Pure.
 */

/** `KaTeX_Main-BoldItalic.woff2` → `KaTeX_Main`; `undefined` for any other file. */
export function katexFontFamilyOf(file: string): string | undefined {
  return /(?:^|\/)(KaTeX_[A-Za-z0-9]+)-[A-Za-z]+\.woff2$/.exec(file)?.[1];
}

/** Every class token in an HTML page, whether its attribute is quoted or (minified) not. */
export function classTokensOf(html: string): string[] {
  const tokens: string[] = [];
  for (const match of html.matchAll(/\bclass=(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g)) {
    tokens.push(...(match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/).filter(Boolean));
  }
  return tokens;
}

/**
 * The KaTeX families the pages can request: a family is in use when, for one of the CSS selectors that set it,
 * every class that selector names appears somewhere in the build (an over-approximation: never too few).
 */
export function katexFamiliesInUse(css: string, classTokens: ReadonlySet<string>): Set<string> {
  const inUse = new Set<string>();
  // @font-face blocks name every family and select nothing.
  const styleRules = css.replace(/@font-face\s*\{[^}]*\}/g, '');
  for (const rule of styleRules.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const families = [...rule[2]!.matchAll(/\bKaTeX_[A-Za-z0-9]+/g)].map((match) => match[0]);
    if (families.length === 0) continue;
    const selectors = rule[1]!.split(',');
    const applies = selectors.some((selector) => {
      const classes = [...selector.matchAll(/\.([A-Za-z0-9_-]+)/g)].map((match) => match[1]!);
      return classes.length > 0 && classes.every((name) => classTokens.has(name));
    });
    if (applies) for (const family of families) inUse.add(family);
  }
  return inUse;
}

/** `files` without the KaTeX fonts of families no page can request. */
export function withoutUnusedKatexFonts(files: readonly string[], katexCss: string, classTokens: ReadonlySet<string>): string[] {
  const inUse = katexFamiliesInUse(katexCss, classTokens);
  return files.filter((file) => {
    const family = katexFontFamilyOf(file);
    return family === undefined || inUse.has(family);
  });
}
