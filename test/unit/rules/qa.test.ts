import { describe, expect, it } from 'vitest';
import { qaSuggestion } from '../../../lib/rules/qa';
import { withSettings } from '../../../lib/rules/settings';
import { sh } from './time';

const base = { askedAt: sh('2022-12-20T10:00:00'), buyerAnswerCount: 0, itemQaCount: 5, answerable: true };

describe('qaSuggestion', () => {
  it('suggests 24 h after the question when no buyer answered', () => {
    expect(qaSuggestion(base)).toEqual({ suggestAt: sh('2022-12-21T10:00:00'), priority: 'normal' });
  });

  it('unknown itemQaCount (null) gives normal priority, not high', () => {
    expect(qaSuggestion({ ...base, itemQaCount: null })).toEqual({ suggestAt: sh('2022-12-21T10:00:00'), priority: 'normal' });
  });

  it('high priority strictly below the threshold', () => {
    expect(qaSuggestion({ ...base, itemQaCount: 0 }).priority).toBe('high');
    expect(qaSuggestion({ ...base, itemQaCount: 2 }).priority).toBe('high');
    expect(qaSuggestion({ ...base, itemQaCount: 3 }).priority).toBe('normal');
    expect(qaSuggestion({ ...base, itemQaCount: 3 }, withSettings({ fewQaThreshold: 4 })).priority).toBe('high');
  });

  it('nothing once a buyer answered, or when the question cannot be answered', () => {
    expect(qaSuggestion({ ...base, buyerAnswerCount: 1 })).toEqual({ suggestAt: null, priority: null });
    expect(qaSuggestion({ ...base, answerable: false, itemQaCount: 0 })).toEqual({ suggestAt: null, priority: null });
  });

  it('follows qaSuggestHours', () => {
    expect(qaSuggestion(base, withSettings({ qaSuggestHours: 12 })).suggestAt).toBe(sh('2022-12-20T22:00:00'));
  });
});
