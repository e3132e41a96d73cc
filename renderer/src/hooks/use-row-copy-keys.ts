// Ctrl/Cmd+C on a focused key-list row copies that key's secret, Ctrl/Cmd+Shift+C its API key
// (main writes the clipboard; a secret is confirmed by main first). Only when focus is in a
// row and no text is selected: Ctrl+C elsewhere (a field, selected text) keeps its usual
// meaning. The row is found by its data-key-id, so this needs nothing from the list's layout.
import { useLayoutEffect } from 'react';
import type { SecretField } from '../store/secret-store';

/** The key of the list row that holds the focus, or null. */
export function focusedRowKeyId(active: Element | null): string | null {
  const row = active?.closest<HTMLElement>('[data-testid="key-row"][data-key-id]');
  return row?.dataset.keyId ?? null;
}

/** Which field a key press copies: Ctrl/Cmd+C the secret, with Shift the API key. */
export function rowCopyField(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): SecretField | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key.toLowerCase() !== 'c' && event.code !== 'KeyC') return null;
  return event.shiftKey ? 'apiKey' : 'secret';
}

export function useRowCopyKeys(copy: (keyId: string, field: SecretField) => void): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const field = rowCopyField(event);
      if (!field) return;
      const keyId = focusedRowKeyId(document.activeElement);
      if (!keyId) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      event.preventDefault();
      copy(keyId, field);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [copy]);
}
