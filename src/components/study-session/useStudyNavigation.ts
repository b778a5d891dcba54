import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useCallback } from 'react';
import { STUDY_PATH } from '@site/contract/urls';
import { sessionSearch } from '@site/src/study/session-url';
import type { SessionPlan } from '@site/src/study/session-options';

/** Moves between the setup form and sessions, as history entries (Back returns to the form). */
export function useStudyNavigation() {
  const history = useHistory();
  const studyPath = useBaseUrl(STUDY_PATH);
  const start = useCallback((plan: SessionPlan) => history.push(`${studyPath}${sessionSearch(plan)}`), [history, studyPath]);
  const toSetup = useCallback(() => history.push(studyPath), [history, studyPath]);
  return { start, toSetup, sessionUrl: (plan: SessionPlan) => `${studyPath}${sessionSearch(plan)}` };
}
