// The rotation interval the key forms accept: whole days, from 1 to 10 years.
export const MIN_ROTATION_DAYS = 1;
export const MAX_ROTATION_DAYS = 3650;

/** Whether the text typed in a rotation field is a valid interval in days. */
export function rotationDaysValid(text: string): boolean {
  const days = Number(text);
  return Number.isInteger(days) && days >= MIN_ROTATION_DAYS && days <= MAX_ROTATION_DAYS;
}
