// Why a button is disabled, in words beside it: a disabled button alone tells nobody what to
// do next. The button points at it with aria-describedby={id}, so a screen reader reads it too.
export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <p className="hint disabled-reason" id={id} data-testid="disabled-reason">
      {reason}
    </p>
  );
}

/** The aria-describedby of a button that may be disabled for `reason`. */
export const describedBy = (id: string, reason: string | null): string | undefined =>
  reason ? id : undefined;
