import { beforeEach, describe, expect, it, vi } from 'vitest';
import { onCommand, onMenuClick } from '../../../entrypoints/background';
import { lookupInTab } from '../../../utils/lookup-tab';

vi.mock('../../../utils/lookup-tab', () => ({ lookupInTab: vi.fn(async () => ({ shown: true })) }));

describe('the context-menu items and the command lead to the same lookup', () => {
  beforeEach(() => vi.mocked(lookupInTab).mockClear());

  it('looks up the selection the menu gives', async () => {
    await onMenuClick({ menuItemId: 'lede-lookup-selection', selectionText: 'Soufan Group' }, { id: 7 });
    expect(lookupInTab).toHaveBeenCalledWith(7, { text: 'Soufan Group' });
  });

  it('looks up a link by its text (Firefox) or by its address alone (Chrome)', async () => {
    const linkUrl = 'https://example.org/a';
    await onMenuClick({ menuItemId: 'lede-lookup-link', linkUrl, linkText: 'The Soufan Group' }, { id: 3 });
    expect(lookupInTab).toHaveBeenLastCalledWith(3, { text: 'The Soufan Group', linkUrl });
    await onMenuClick({ menuItemId: 'lede-lookup-link', linkUrl }, { id: 3 });
    expect(lookupInTab).toHaveBeenLastCalledWith(3, { linkUrl });
  });

  it('ignores other menu items, clicks without a tab, and other commands', async () => {
    expect(onMenuClick({ menuItemId: 'someone-else', selectionText: 'x' }, { id: 1 })).toBeUndefined();
    expect(onMenuClick({ menuItemId: 'lede-lookup-selection', selectionText: 'x' }, undefined)).toBeUndefined();
    expect(onMenuClick({ menuItemId: 'lede-lookup-selection', selectionText: 'x' }, { id: -1 })).toBeUndefined();
    expect(await onCommand('_execute_action', { id: 1 })).toBeUndefined();
    expect(lookupInTab).not.toHaveBeenCalled();
  });

  it('reads the selection from the page for the keyboard command', async () => {
    await onCommand('lookup-selection', { id: 9 });
    expect(lookupInTab).toHaveBeenCalledWith(9, {});
  });
});
