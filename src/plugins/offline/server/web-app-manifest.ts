/**
 * The web app manifest and its icons' sources, pure. Every URL in the manifest
 * is relative to the manifest itself, which sits at the site's root under its
 * base URL: the same file works under `/` and under `/sre/`.
 */

export interface AppIdentity {
  readonly name: string;
  readonly shortName: string;
  readonly description: string;
  readonly themeColor: string;
  readonly backgroundColor: string;
}

export interface AppIcon {
  readonly file: string;
  readonly size: number;
  readonly purpose: 'any' | 'maskable';
}

/** Chrome's installability asks for a 192 and a 512 PNG; the maskable one fills Android's round and squircle masks. */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'img/icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'img/icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'img/icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
];

export function webAppManifest(identity: AppIdentity, icons: readonly AppIcon[] = APP_ICONS): Record<string, unknown> {
  return {
    id: './',
    name: identity.name,
    short_name: identity.shortName,
    description: identity.description,
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: identity.themeColor,
    background_color: identity.backgroundColor,
    icons: icons.map(({ file, size, purpose }) => ({ src: file, sizes: `${size}x${size}`, type: 'image/png', purpose })),
  };
}

/**
 * A maskable icon: the site icon at 80% on a full square of `background`, so
 * that the mask (at most a circle of 80% diameter) never cuts into it.
 */
export function maskableIconSvg(iconSvg: string, background: string): string {
  const embedded = `data:image/svg+xml;base64,${Buffer.from(iconSvg).toString('base64')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">` +
    `<rect width="100" height="100" fill="${background}"/><image x="10" y="10" width="80" height="80" xlink:href="${embedded}"/></svg>`
  );
}
