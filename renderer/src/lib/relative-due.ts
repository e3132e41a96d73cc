// A due date as the list says it: "in 12 days", "3 days ago", in the UI language (date-fns
// words the distance; zh-CN: "12 天后"). Counted in calendar days, as `dueUrgency` colours it.
import { addDays, differenceInCalendarDays, formatDistanceStrict, startOfDay } from 'date-fns';
import { zhCN } from 'date-fns/locale/zh-CN';
import { dueUrgency, type Urgency } from './format';

export interface RelativeDue {
  urgency: Urgency;
  /** Whole calendar days from today to the due day (negative: past). */
  days: number;
  /** "in 12 days" / "3 days ago" ('' for today: the caller says "today"). */
  distance: string;
}

export function relativeDue(dueIso: string, now: Date, language: string): RelativeDue {
  const days = differenceInCalendarDays(new Date(dueIso), now);
  const today = startOfDay(now);
  const distance =
    days === 0
      ? ''
      : formatDistanceStrict(addDays(today, days), today, {
          unit: 'day',
          addSuffix: true,
          ...(language.startsWith('zh') && { locale: zhCN }),
        });
  return { urgency: dueUrgency(dueIso, now), days, distance };
}
