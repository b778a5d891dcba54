/**
 * Stand-in for prism-react-renderer in the browser bundle (see ../index.ts):
 * the subset of its API that Docusaurus's theme uses, tokenizing nothing.
 * Every line is one plain token, so CodeBlock renders the code as text.
 */
import type { CSSProperties, ReactElement } from 'react';

export interface Token {
  readonly types: string[];
  readonly content: string;
  readonly empty?: boolean;
}

interface PropsWithClass {
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly [key: string]: unknown;
}

interface RenderProps {
  readonly tokens: Token[][];
  readonly className: string;
  readonly style: CSSProperties;
  // Function properties, not methods: the theme destructures them from the render props and calls them alone.
  readonly getLineProps: (input: PropsWithClass & { line: Token[] }) => PropsWithClass;
  readonly getTokenProps: (input: PropsWithClass & { token: Token }) => PropsWithClass & { children: string };
}

interface HighlightProps {
  readonly code: string;
  readonly language?: string;
  readonly children: (props: RenderProps) => ReactElement;
}

/** One plain token per line; an empty line is marked as Prism marks it, so the theme keeps its height. */
export function plainTokens(code: string): Token[][] {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => [line === '' ? { types: ['plain'], content: '\n', empty: true } : { types: ['plain'], content: line }]);
}

const joinClasses = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

export function Highlight({ code, language, children }: HighlightProps): ReactElement {
  return children({
    tokens: plainTokens(code),
    className: joinClasses('prism-code', language && `language-${language}`),
    style: {},
    getLineProps: ({ line: _line, className, ...rest }) => ({ ...rest, className: joinClasses('token-line', className) }),
    getTokenProps: ({ token, className, ...rest }) => ({
      ...rest,
      className: joinClasses('token', ...token.types, className),
      children: token.content,
    }),
  });
}

/** prism-include-languages registers extra grammars on this object; the site configures none. */
export const Prism = { languages: {} as Record<string, unknown> };

/** Theme objects are only read from the site configuration, in Node; kept for imports that name them. */
export const themes = {};
