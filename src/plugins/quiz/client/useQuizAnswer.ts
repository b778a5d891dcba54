import { useCallback, useRef, useState } from 'react';
import type { QuizAnswer } from '../shared/constants';
import { loadAnswer } from './load-answer';

export type QuizAnswerState =
  { readonly status: 'hidden' } | { readonly status: 'loading' } | { readonly status: 'shown'; readonly answer: QuizAnswer } | { readonly status: 'failed' };

/** Reveal loads the answer once; hide and reveal again reuse it. A failed load can be retried. */
export function useQuizAnswer(answerUrl: string) {
  const [state, setState] = useState<QuizAnswerState>({ status: 'hidden' });
  const loaded = useRef<QuizAnswer | undefined>(undefined);

  const reveal = useCallback(async () => {
    if (loaded.current) {
      setState({ status: 'shown', answer: loaded.current });
      return;
    }
    setState({ status: 'loading' });
    try {
      loaded.current = await loadAnswer(answerUrl);
      setState({ status: 'shown', answer: loaded.current });
    } catch {
      setState({ status: 'failed' });
    }
  }, [answerUrl]);

  const hide = useCallback(() => setState({ status: 'hidden' }), []);
  return { state, reveal, hide };
}
