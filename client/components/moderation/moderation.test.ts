import { describe, expect, test } from 'vitest';
import { mountWith } from '@client/testing/mountWith';
import ModerationHighlightedText from './ModerationHighlightedText.vue';
import ModerationStatusBadge from './ModerationStatusBadge.vue';

describe('ModerationHighlightedText', () => {
  test('marks exactly the matched spans and names their category for screen readers', () => {
    const w = mountWith(ModerationHighlightedText, {
      props: {
        text: 'Omas Dummkopf Müsli',
        matches: [{ start: 5, end: 13, category: 'insult', severity: 'review' }],
      },
    });
    const marks = w.findAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].text()).toBe('Dummkopf (Beleidigung)');
    expect(marks[0].classes()).toContain('mark--review');
    expect(w.text()).toBe('Omas Dummkopf (Beleidigung) Müsli');
  });

  test('overlapping spans are shown once, the text is never duplicated', () => {
    const w = mountWith(ModerationHighlightedText, {
      props: {
        text: 'abcdef',
        matches: [
          { start: 1, end: 4, category: 'insult', severity: 'block' },
          { start: 2, end: 3, category: 'profanity', severity: 'review' },
        ],
      },
    });
    expect(w.findAll('mark')).toHaveLength(1);
    expect(w.text().replace(/ \(.*\)/, '')).toBe('abcdef');
  });
});

describe('ModerationStatusBadge', () => {
  test('says the status in the UI language', () => {
    expect(mountWith(ModerationStatusBadge, { props: { status: 'pending' } }).text()).toBe('Wird geprüft');
  });
});
