import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import { DOWNLOADS, printSheetPath } from '@site/contract/urls';
import styles from './DownloadLinks.module.css';

interface DownloadLinksProps {
  /** A topic page's topic: its study sheet is offered first. */
  readonly topic?: { readonly id: string; readonly title: string };
  readonly questionCount: number;
  readonly headingLevel: 'h2' | 'h3';
}

/** The study sheet to print and the files to download, made from the same data as the pages. */
export default function DownloadLinks({ topic, questionCount, headingLevel: Heading }: DownloadLinksProps): ReactNode {
  const anki = useBaseUrl(DOWNLOADS.anki.path);
  const csv = useBaseUrl(DOWNLOADS.csv.path);
  return (
    <section className={styles.downloads} aria-labelledby="downloads">
      <Heading id="downloads" className={styles.heading}>
        Print and download
      </Heading>
      <ul className={styles.list}>
        {topic && (
          <li>
            <Link to={printSheetPath(topic.id)}>Study sheet for {topic.title}</Link>: its questions, then the answers, ready to print
          </li>
        )}
        <li>
          <Link to={printSheetPath()}>Study sheet for all {questionCount} questions</Link>
          {topic ? '' : ': questions first, then the answers, ready to print'}
        </li>
        <li>
          <a href={anki} download>
            {DOWNLOADS.anki.label}
          </a>{' '}
          of all {questionCount} questions, tagged by topic: in Anki, File › Import
        </li>
        <li>
          <a href={csv} download>
            {DOWNLOADS.csv.label}
          </a>{' '}
          of all {questionCount} questions and answers
        </li>
      </ul>
    </section>
  );
}
