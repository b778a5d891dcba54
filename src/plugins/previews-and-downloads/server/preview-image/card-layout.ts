/**
 * What a preview card says and where each part goes, as plain data: the
 * satori element tree is built here from measured, fitted text, so the
 * renderer only draws it. Pure: fonts come in as `Measure` functions.
 */
import { PREVIEW_IMAGE_SIZE } from '../../shared/paths.ts';
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
/** satori may set text a little differently from the advance widths: keep a margin so a line never clips. */
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

/** The subset of satori's input this card uses: elements with inline styles. */
export interface CardElement {
  readonly type: 'div';
  readonly props: { readonly style: Record<string, string | number>; readonly children?: string | readonly CardElement[] };
}

const div = (style: Record<string, string | number>, children?: string | readonly CardElement[]): CardElement => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Each line is its own element, set without wrapping: the lines are the ones measured in layoutCard. */
const lines = (text: FittedText, lineHeight: number, style: Record<string, string | number>): CardElement =>
  div(
    { display: 'flex', flexDirection: 'column', fontSize: text.fontSize, lineHeight },
    text.lines.map((line) => div({ display: 'flex', whiteSpace: 'pre', ...style }, line)),
  );

export function cardElement(layout: CardLayout, fontFamily: string): CardElement {
  return div(
    {
      // satori sizes boxes without their padding (content-box), so the padding is taken off here.
      width: WIDTH - 2 * PADDING_X,
      height: HEIGHT - 2 * PADDING_Y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      // A flat colour, not a gradient: the PNG compresses to a fraction of the size.
      backgroundColor: COLOURS.background,
      color: COLOURS.title,
      fontFamily,
    },
    [
      div({ display: 'flex' }, [
        div(
          {
            display: 'flex',
            padding: `${EYEBROW.pillPaddingY}px ${EYEBROW.pillPaddingX}px`,
            borderRadius: 999,
            backgroundColor: COLOURS.pill,
            color: COLOURS.muted,
            fontWeight: 700,
            fontSize: EYEBROW.size,
            lineHeight: EYEBROW.lineHeight,
          },
          layout.eyebrow.lines[0],
        ),
      ]),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: `${GAP}px 0` }, [
        lines(layout.title, TITLE_LINE_HEIGHT, { fontWeight: 700, color: COLOURS.title }),
        ...(layout.subtitle
          ? [div({ display: 'flex', marginTop: SUBTITLE_GAP }, [lines(layout.subtitle, SUBTITLE.lineHeight, { fontWeight: 400, color: COLOURS.muted })])]
          : []),
      ]),
      div(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          fontSize: FOOTER.size,
          lineHeight: FOOTER.lineHeight,
          borderTop: `${FOOTER.rule}px solid ${COLOURS.rule}`,
          paddingTop: FOOTER.paddingTop,
        },
        [
          div({ display: 'flex', fontWeight: 700 }, layout.footer.lines[0]),
          ...(layout.badge ? [div({ display: 'flex', fontWeight: 400, color: COLOURS.muted }, layout.badge.lines[0])] : []),
        ],
      ),
    ],
  );
}
