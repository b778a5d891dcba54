/**
 * What a preview card says and where each part goes: the text is measured and
 * fitted here, and the card written out as SVG with every glyph an outline, so
 * the renderer only rasterises it. Pure: fonts come in as `Measure` and
 * `Outline` functions.
 */
import { PREVIEW_IMAGE_SIZE } from '../../shared/paths.ts';
import type { Outline } from './fonts.ts';
import { fitText, type FittedText, type Measure, type TextBox } from './layout.ts';

export interface PreviewCard {
  /** Small line above the title: a question's topic, or "Topic". */
  readonly eyebrow: string;
  /** The big text: the question, the topic's or the site's title. */
  readonly title: string;
  /** Smaller text under the title (never an answer). */
  readonly subtitle?: string;
  /** Bottom left: the site's name. */
  readonly footer: string;
  /** Bottom right: "Technical question", "12 questions"… */
  readonly badge?: string;
}

export interface Fonts {
  readonly regular: Measure;
  readonly bold: Measure;
}

const { width: WIDTH, height: HEIGHT } = PREVIEW_IMAGE_SIZE;
const PADDING_X = 72;
const PADDING_Y = 60;
const CONTENT_WIDTH = WIDTH - 2 * PADDING_X;
/** A margin inside the padding, so the longest line never touches the card's edge. */
const SAFE_WIDTH = Math.floor(CONTENT_WIDTH * 0.96);
const EYEBROW = { size: 30, lineHeight: 1.3, pillPaddingX: 20, pillPaddingY: 8 };
const FOOTER = { size: 28, lineHeight: 1.3, paddingTop: 16, rule: 2 };
const GAP = 36;
const SUBTITLE_GAP = 20;
const TITLE_SIZES = [72, 66, 60, 56, 52, 48, 44, 40, 36];
const SUBTITLE = { sizes: [34, 30, 28], lineHeight: 1.3, maxLines: 2 };
const TITLE_LINE_HEIGHT = 1.18;

const COLOURS = {
  background: '#0b3d70',
  title: '#ffffff',
  muted: '#cfe6ff',
  pill: 'rgba(255, 255, 255, 0.14)',
  rule: 'rgba(207, 230, 255, 0.35)',
} as const;

export interface CardLayout {
  readonly eyebrow: FittedText;
  readonly title: FittedText;
  readonly subtitle: FittedText | undefined;
  readonly footer: FittedText;
  readonly badge: FittedText | undefined;
}

const oneLine = (size: number, lineHeight: number, maxWidth: number): TextBox => ({
  maxWidth,
  maxHeight: size * lineHeight,
  lineHeight,
  fontSizes: [size],
});

const blockHeight = (text: FittedText, lineHeight: number): number => text.lines.length * text.fontSize * lineHeight;

export function layoutCard(card: PreviewCard, fonts: Fonts): CardLayout {
  const eyebrow = fitText(card.eyebrow, oneLine(EYEBROW.size, EYEBROW.lineHeight, SAFE_WIDTH - 2 * EYEBROW.pillPaddingX), fonts.bold);
  const badge = card.badge ? fitText(card.badge, oneLine(FOOTER.size, FOOTER.lineHeight, SAFE_WIDTH / 2), fonts.regular) : undefined;
  const footerWidth = SAFE_WIDTH - (badge ? fonts.regular(badge.lines[0]!, FOOTER.size) + 32 : 0);
  const footer = fitText(card.footer, oneLine(FOOTER.size, FOOTER.lineHeight, footerWidth), fonts.bold);
  const subtitle = card.subtitle
    ? fitText(
        card.subtitle,
        {
          maxWidth: SAFE_WIDTH,
          maxHeight: SUBTITLE.sizes.at(-1)! * SUBTITLE.lineHeight * SUBTITLE.maxLines,
          lineHeight: SUBTITLE.lineHeight,
          fontSizes: SUBTITLE.sizes,
        },
        fonts.regular,
      )
    : undefined;
  const eyebrowHeight = EYEBROW.size * EYEBROW.lineHeight + 2 * EYEBROW.pillPaddingY;
  const footerHeight = FOOTER.size * FOOTER.lineHeight + FOOTER.paddingTop + FOOTER.rule;
  const subtitleHeight = subtitle ? blockHeight(subtitle, SUBTITLE.lineHeight) + SUBTITLE_GAP : 0;
  const titleBox: TextBox = {
    maxWidth: SAFE_WIDTH,
    maxHeight: HEIGHT - 2 * PADDING_Y - eyebrowHeight - footerHeight - 2 * GAP - subtitleHeight,
    lineHeight: TITLE_LINE_HEIGHT,
    fontSizes: TITLE_SIZES,
  };
  return { eyebrow, title: fitText(card.title, titleBox, fonts.bold), subtitle, footer, badge };
}

export interface Outlines {
  readonly regular: Outline;
  readonly bold: Outline;
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Lines set one under the other from `top`, each centred in its line box as CSS does (half the leading above). */
function textLines(text: FittedText, x: number, top: number, lineHeight: number, outline: Outline, fill: string): string {
  const box = text.fontSize * lineHeight;
  const halfLeading = (box - (outline.ascent + outline.descent) * text.fontSize) / 2;
  const data = text.lines.map((line, index) => outline.pathData(line, x, top + index * box + halfLeading + outline.ascent * text.fontSize, text.fontSize));
  return `<path fill="${escapeAttribute(fill)}" d="${data.join('')}"/>`;
}

/**
 * The card as SVG, every glyph an outline: the same boxes the layout measured (padding, the eyebrow's pill, the title
 * block centred between it and the footer's rule), so the rasteriser needs no fonts and no layout engine.
 */
export function cardSvg(layout: CardLayout, outlines: Outlines): string {
  const left = PADDING_X;
  const right = WIDTH - PADDING_X;
  const pillHeight = EYEBROW.size * EYEBROW.lineHeight + 2 * EYEBROW.pillPaddingY;
  const pillWidth = outlines.bold.width(layout.eyebrow.lines[0]!, layout.eyebrow.fontSize) + 2 * EYEBROW.pillPaddingX;
  const footerLine = FOOTER.size * FOOTER.lineHeight;
  const ruleTop = HEIGHT - PADDING_Y - footerLine - FOOTER.paddingTop - FOOTER.rule;
  const footerTop = ruleTop + FOOTER.rule + FOOTER.paddingTop;
  const middleTop = PADDING_Y + pillHeight + GAP;
  const middleHeight = ruleTop - GAP - middleTop;
  const titleHeight = blockHeight(layout.title, TITLE_LINE_HEIGHT);
  const subtitleHeight = layout.subtitle ? SUBTITLE_GAP + blockHeight(layout.subtitle, SUBTITLE.lineHeight) : 0;
  const titleTop = middleTop + Math.max(0, (middleHeight - titleHeight - subtitleHeight) / 2);
  const badgeWidth = layout.badge ? outlines.regular.width(layout.badge.lines[0]!, layout.badge.fontSize) : 0;
  const parts = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLOURS.background}"/>`,
    `<rect x="${left}" y="${PADDING_Y}" width="${pillWidth}" height="${pillHeight}" rx="${pillHeight / 2}" fill="${COLOURS.pill}"/>`,
    textLines(layout.eyebrow, left + EYEBROW.pillPaddingX, PADDING_Y + EYEBROW.pillPaddingY, EYEBROW.lineHeight, outlines.bold, COLOURS.muted),
    textLines(layout.title, left, titleTop, TITLE_LINE_HEIGHT, outlines.bold, COLOURS.title),
    layout.subtitle ? textLines(layout.subtitle, left, titleTop + titleHeight + SUBTITLE_GAP, SUBTITLE.lineHeight, outlines.regular, COLOURS.muted) : '',
    `<rect x="${left}" y="${ruleTop}" width="${right - left}" height="${FOOTER.rule}" fill="${COLOURS.rule}"/>`,
    textLines(layout.footer, left, footerTop, FOOTER.lineHeight, outlines.bold, COLOURS.title),
    layout.badge ? textLines(layout.badge, right - badgeWidth, footerTop, FOOTER.lineHeight, outlines.regular, COLOURS.muted) : '',
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join('')}</svg>`;
}
