import type { ReactNode } from 'react';
import { encode } from 'uqr';

/** The blank margin scanners need around a code: four modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;
/** Big enough to scan off a phone screen, and three pixels a module at least for the densest codes. */
const MIN_SIZE_PX = 288;
const MIN_MODULE_PX = 3;

/**
 * A QR code drawn as one SVG path, dark on white whatever the site's theme
 * (scanners expect that). Drawn from uqr's module matrix rather than from its
 * SVG text, so nothing goes through innerHTML. Imported lazily: uqr loads only
 * when the reader opens "Continue on another device".
 */
export default function QrCode({ text, label }: { text: string; label: string }): ReactNode {
  // Error correction L: the densest level, so the largest link still fits one code.
  const { data, size } = encode(text, { ecc: 'L', border: 0 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }),
  );
  const extent = size + 2 * QUIET_ZONE;
  const pixels = Math.max(MIN_SIZE_PX, extent * MIN_MODULE_PX);
  return (
    <svg
      role="img"
      aria-label={label}
      width={pixels}
      height={pixels}
      // Set through the DOM (this renders in the browser only), so no style attribute meets the site's CSP.
      style={{ maxWidth: '100%', height: 'auto' }}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
