import { describe, expect, it } from 'vitest';
import { resolveMode } from '../../../src/study/study-mode.ts';

describe('resolveMode', () => {
  it('uses the remembered choice, and read mode when there is none or it is garbage', () => {
    expect(resolveMode('', 'study')).toEqual({ mode: 'study', fromLink: false });
    expect(resolveMode('', 'read')).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('', null)).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('', '{"oops"')).toEqual({ mode: 'read', fromLink: false });
  });

  it('lets ?study=1 or ?study=0 on the link override the remembered choice', () => {
    expect(resolveMode('?study=1', 'read')).toEqual({ mode: 'study', fromLink: true });
    expect(resolveMode('?x=2&study=0', 'study')).toEqual({ mode: 'read', fromLink: true });
  });

  it('ignores other values of the parameter', () => {
    expect(resolveMode('?study=yes', 'read')).toEqual({ mode: 'read', fromLink: false });
    expect(resolveMode('?study=', 'study')).toEqual({ mode: 'study', fromLink: false });
  });
});
