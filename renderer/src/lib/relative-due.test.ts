import { describe, expect, it } from 'vitest';
import { relativeDue } from './relative-due';

const now = new Date(2026, 10, 25, 15, 0); // local time, like the list's clock

describe('relativeDue', () => {
  it('says the calendar days left or past, coloured by urgency', () => {
    expect(relativeDue(new Date(2026, 11, 7, 9, 0).toISOString(), now, 'en')).toEqual({
      urgency: 'soon',
      days: 12,
      distance: 'in 12 days',
    });
    expect(relativeDue(new Date(2027, 0, 25).toISOString(), now, 'en')).toMatchObject({
      urgency: 'ok',
      distance: 'in 61 days',
    });
    expect(relativeDue(new Date(2026, 10, 22, 23, 0).toISOString(), now, 'en')).toMatchObject({
      urgency: 'overdue',
      days: -3,
      distance: '3 days ago',
    });
    expect(relativeDue(new Date(2026, 10, 26).toISOString(), now, 'en').distance).toBe('in 1 day');
    expect(relativeDue(new Date(2026, 10, 25, 1).toISOString(), now, 'en')).toMatchObject({
      urgency: 'overdue',
      days: 0,
      distance: '',
    });
  });

  it('words it in Chinese when the app is in Chinese', () => {
    expect(relativeDue(new Date(2026, 11, 7).toISOString(), now, 'zh-CN').distance).toBe('12 天内');
    expect(relativeDue(new Date(2026, 10, 22).toISOString(), now, 'zh-CN').distance).toBe('3 天前');
  });
});
