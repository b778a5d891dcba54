/**
 * One image for both colour modes when both have the same source. The theme renders a light and a dark copy of every
 * themed image on the server, one of them hidden by CSS, so a logo without a dark variant (the navbar's, on every
 * page) was two identical <img> tags. Other images go to the theme's component unchanged.
 */
import ThemedImage from '@theme-original/ThemedImage';
import type { Props } from '@theme/ThemedImage';
import type { ReactNode } from 'react';

export default function ThemedImageWrapper(props: Props): ReactNode {
  const { sources, alt, ...imageProps } = props;
  if (sources.light !== sources.dark) return <ThemedImage {...props} />;
  return <img src={sources.light} alt={alt} {...imageProps} />;
}
