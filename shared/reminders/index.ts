// Reminders: the pure decision of what to notify, and the non-secret files it works from.
export * from './schedule';
export * from './sent-log';
export * from './reminder-events';
export * from './messages';
export * from './due-reminders';
