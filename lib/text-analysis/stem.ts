/**
 * The stemmers of the site's text analysis, so that word forms meet. Two, on
 * purpose: `stem` for search, and `stemCrudely` for related questions, whose
 * published links depend on it (see its comment). No project imports.
 */

/**
 * A light English stemmer, so that word forms meet: alert, alerts, alerting
 * and alerted all become "alert"; page, pages, paged and paging become "pag".
 *
 * Lighter than Porter on purpose: it only removes inflections (plural, -ed,
 * -ing) and -ment, and then a final "e", so different words rarely collapse
 * into one ("failure" and "fail" stay apart). Stems are index keys, never
 * shown to a reader. Input is one lower-case word.
 */
const VOWEL = /[aeiouy]/;
/** Doubled final consonants that inflection adds: stopped → stopp → stop. l, s and z are often doubled in the base word itself (roll, pass, buzz). */
const ADDED_DOUBLE = /([bcdfgkmnprtv])\1$/;

function hasVowel(text: string): boolean {
  return VOWEL.test(text);
}

function withoutSuffix(word: string, suffix: string): string {
  return word.slice(0, word.length - suffix.length);
}

/** Plural and third-person "s": policies → policy, alerts → alert; status, process, analysis keep theirs. */
function removePlural(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${withoutSuffix(word, 'ies')}y`;
  if (word.endsWith('sses')) return withoutSuffix(word, 'es');
  if (word.endsWith('ss') || word.endsWith('us')) return word;
  // Acronym plurals (apis, slis, kpis) lose the s; longer -is words are singular (analysis, basis, redis).
  if (word.endsWith('is') && word.length > 4) return word;
  if (word.endsWith('s')) return withoutSuffix(word, 's');
  return word;
}

/** -ed and -ing, when a syllable is left: alerted, alerting → alert; but red, string, thing stay. */
function removeInflection(word: string): string {
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix)) continue;
    if (suffix === 'ed' && word.endsWith('eed')) return word;
    if (suffix === 'ed' && word.endsWith('ied') && word.length > 4) return `${withoutSuffix(word, 'ied')}y`;
    const base = withoutSuffix(word, suffix);
    if (base.length < 3 || !hasVowel(base)) return word;
    return base.replace(ADDED_DOUBLE, '$1');
  }
  return word;
}

/** deployment → deploy, management → manag(e); short words keep it (comment, segment). */
function removeMent(word: string): string {
  if (!word.endsWith('ment')) return word;
  const base = withoutSuffix(word, 'ment');
  return base.length >= 4 && hasVowel(base) ? base : word;
}

export function stem(word: string): string {
  // Short words and codes (k8s, p99, 5xx, slo) are kept as written.
  if (word.length <= 3 || /\d/.test(word)) return word;
  let result = removeMent(removeInflection(removePlural(word)));
  // A final silent e, so that "scale", "scaled" and "scaling" meet.
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

/**
 * Crude suffix stripping, for the related questions (generator/stages/related.ts):
 * enough for "alerts"/"alerting" and "failures"/"failure" to meet. It is not
 * `stem` because the related questions every question page lists were chosen
 * with it: with `stem` instead, 21 of the 52 pages would list different ones.
 */
export function stemCrudely(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}
