// A modal dialog over the native <dialog> (showModal: focus kept inside, Escape closes, the
// page behind inert). Shown while `open`; Escape or the close button call `onClose`.
import { useEffect, useRef, type ReactNode } from 'react';

export function ModalDialog({
  open,
  onClose,
  labelledBy,
  describedBy,
  role,
  children,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  describedBy?: string;
  /** 'alertdialog' for a question that needs an answer. */
  role?: 'alertdialog';
  children: ReactNode;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal card"
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open && children}
    </dialog>
  );
}
