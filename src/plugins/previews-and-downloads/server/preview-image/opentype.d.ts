// The little of opentype.js 2 (no bundled types) that measuring text needs.
declare module 'opentype.js' {
  interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
  }
  interface Font {
    readonly unitsPerEm: number;
    charToGlyph(character: string): Glyph;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
