import type { ReactNode } from 'react';
import PageStylesheet from '../PageStylesheet';

/** Links guides.css; every component in this folder renders it (the link appears once). */
export default function GuideStylesheet(): ReactNode {
  return <PageStylesheet name="guides" />;
}
