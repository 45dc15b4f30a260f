import { describe, expect, it } from 'vitest';
import { displayHost, formatArticleDate, isSafeHref } from '../../../utils/format';

describe('formatArticleDate', () => {
  it('shows a calendar date as that day whatever the time zone', () => {
    expect(formatArticleDate('2016-10-27', 'en-US')).toBe('October 27, 2016');
  });
  it('formats full timestamps and rejects nonsense', () => {
    expect(formatArticleDate('2024-03-05T10:00:00Z', 'en-US')).toMatch(/March 5, 2024|March 4, 2024/);
    expect(formatArticleDate('yesterday', 'en-US')).toBeNull();
    expect(formatArticleDate(null)).toBeNull();
  });
});

describe('links shown in extension pages', () => {
  it('opens only http and https', () => {
    expect(isSafeHref('https://example.com/a')).toBe(true);
    expect(isSafeHref('javascript:alert(1)')).toBe(false);
    expect(isSafeHref('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isSafeHref('vbscript:msgbox')).toBe(false);
  });
  it('shows hosts without www', () => {
    expect(displayHost('https://www.reuters.com/world/')).toBe('reuters.com');
    expect(displayHost('::')).toBeNull();
  });
});
