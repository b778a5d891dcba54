/**
 * The theme's rule for "the same page" (isSamePath in @docusaurus/theme-common/internal, which this site does not
 * import from): any case, and "/a" is "/a/". Used where the site decides what the theme's sidebar decides.
 */

/** A path in the form two paths of the same page share. */
export const normalisePath = (path: string): string => (path.endsWith('/') ? path : `${path}/`).toLowerCase();

/** Whether two paths name the same page; a missing or empty path is compared as it is, as in the theme. */
export function isSamePath(first: string | undefined, second: string | undefined): boolean {
  const normaliseOptional = (path: string | undefined) => (path ? normalisePath(path) : path);
  return normaliseOptional(first) === normaliseOptional(second);
}
