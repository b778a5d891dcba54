import { describe, expect, it } from 'vitest';
import { isTextEntry } from '../../../src/keyboard/text-entry.ts';
import { isSearchShortcut, moveActiveOption } from '../../../src/plugins/search/shared/keyboard.ts';
import { readSearchParams, searchString } from '../../../src/plugins/search/shared/search-url.ts';

const press = (key: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inEditableField: false,
  ...extra,
});

describe('search shortcuts', () => {
  it('focus the search box with "/", Ctrl+K and ⌘K', () => {
    expect(isSearchShortcut(press('/'))).toBe(true);
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }))).toBe(true);
  });

  it('leave "/" alone while the reader types in a field, but not Ctrl+K', () => {
    expect(isSearchShortcut(press('/', { inEditableField: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, inEditableField: true }))).toBe(true);
  });

  it('ignore plain letters and other modifiers', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
    expect(isSearchShortcut(press('/', { altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('know which elements take text', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'A' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
    // The study shortcuts' cases: a select takes letters and digits, an input without a type is a text field, radios are not.
    expect(isTextEntry({ tagName: 'SELECT' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT' })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'radio' })).toBe(false);
  });
});

describe('arrow keys in the result list', () => {
  it('move down and up, wrapping at both ends', () => {
    expect(moveActiveOption(0, 3, 'next')).toBe(1);
    expect(moveActiveOption(2, 3, 'next')).toBe(0);
    expect(moveActiveOption(0, 3, 'previous')).toBe(2);
    expect(moveActiveOption(-1, 3, 'next')).toBe(0);
    expect(moveActiveOption(-1, 3, 'previous')).toBe(2);
  });

  it('select nothing in an empty list', () => {
    expect(moveActiveOption(0, 0, 'next')).toBe(-1);
  });
});

describe('the search page URL', () => {
  it('round-trips a query and a topic, including characters that need escaping', () => {
    const params = { query: 'ci/cd & "rto" <img>', topic: 'safe-delivery' };
    expect(readSearchParams(searchString(params))).toEqual(params);
  });

  it('leaves out what is empty', () => {
    expect(searchString({ query: '  ', topic: undefined })).toBe('');
    expect(searchString({ query: 'slo', topic: undefined })).toBe('?q=slo');
    expect(readSearchParams('?q=slo&topic=')).toEqual({ query: 'slo', topic: undefined });
  });
});
