/** The share buttons of a question page: what each copies (a key of QuestionShareTexts) and what it says. */
export type ShareAction = 'link' | 'markdown' | 'quizLink';

export interface ShareActionLabels {
  readonly action: ShareAction;
  readonly label: string;
  /** The button's text for a moment after a copy. */
  readonly copiedLabel: string;
  /** Read by screen readers, and shown, after a copy. */
  readonly copiedMessage: string;
  /** Labels the read-only field the text appears in when the clipboard refuses. */
  readonly fieldLabel: string;
}

export const SHARE_ACTIONS: readonly ShareActionLabels[] = [
  { action: 'link', label: 'Copy link', copiedLabel: 'Link copied', copiedMessage: 'Link copied to the clipboard.', fieldLabel: 'Link to this question' },
  {
    action: 'markdown',
    label: 'Copy as Markdown',
    copiedLabel: 'Markdown copied',
    copiedMessage: 'Markdown link copied to the clipboard.',
    fieldLabel: 'Markdown link to this question',
  },
  {
    action: 'quizLink',
    label: 'Copy quiz link',
    copiedLabel: 'Quiz link copied',
    copiedMessage: 'Quiz link copied to the clipboard: it opens this question with the answer hidden.',
    fieldLabel: 'Quiz link to this question',
  },
];
