import BrowserOnly from '@docusaurus/BrowserOnly';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { lazy, Suspense, type ReactNode } from 'react';
import PageStylesheet from '@site/src/components/PageStylesheet';

// The session code and every answer it shows load only when this page is opened.
const StudyApp = lazy(() => import(/* webpackChunkName: "study-session" */ '@site/src/components/study-session/StudyApp'));

function Loading(): ReactNode {
  return <p aria-live="polite">Loading the practice session…</p>;
}

/**
 * The static page's stand-in for the session. The app starts on the reader's first intent (src/ssr/start-app-on-intent.ts):
 * on a phone that is this button's press (disabled in the HTML, enabled by that script), and the session's choices replace it.
 */
function BeforeTheApp(): ReactNode {
  return (
    <>
      <p>
        <button type="button" className="button button--primary" disabled>
          Choose a practice session
        </button>
      </p>
      <noscript>
        <p>
          Practice sessions need JavaScript. Every question and its answer can still be read <Link to="/#topics">by topic</Link>.
        </p>
      </noscript>
    </>
  );
}

export default function StudyPage(): ReactNode {
  return (
    <Layout
      title="Practice"
      description="Practice sessions on the interview questions: choose topics, answer aloud, reveal, grade yourself and review what you missed; or run a timed mock interview.">
      <PageStylesheet name="study-session" />
      <main className="container margin-vert--lg study-page">
        <Heading as="h1">Practice</Heading>
        {/* In the static HTML, not in the session code: the page shows its purpose (and its largest text) before that code arrives. */}
        <p className="study-intro">
          Answer each question aloud before you reveal the model answer, then grade yourself. Your grades stay in this browser and decide which questions come
          back first.
        </p>
        <BrowserOnly fallback={<BeforeTheApp />}>
          {() => (
            <Suspense fallback={<Loading />}>
              <StudyApp />
            </Suspense>
          )}
        </BrowserOnly>
      </main>
    </Layout>
  );
}
