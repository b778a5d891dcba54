// The little of opentype.js 2 (no bundled types) that measuring and outlining text needs.
declare module 'opentype.js' {
  export type PathCommand =
    | { readonly type: 'M' | 'L'; readonly x: number; readonly y: number }
    | { readonly type: 'Q'; readonly x1: number; readonly y1: number; readonly x: number; readonly y: number }
    | { readonly type: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
    | { readonly type: 'Z' };
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
    /** In font units, y pointing up. */
    readonly path: { readonly commands: readonly PathCommand[] };
  }
  export interface Font {
    readonly unitsPerEm: number;
    /** hhea metrics, in font units; descender is negative. */
    readonly ascender: number;
    readonly descender: number;
    charToGlyph(character: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
