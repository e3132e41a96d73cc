// The actions inside a finding about a key (lib/finding-actions.ts says which): start the
// rotation, set the rotation period to 90 days (the ordinary edit), or open the key's edit
// form on its IP whitelist.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/ipc/views';
import { api, call, errorText } from '../lib/api';
import { findingActions, type FindingAction } from '../lib/finding-actions';
import { useEditRequest } from '../store/edit-request';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

export function FindingActions({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const keyId = finding.keyId;
  const key = useVault((s) => (keyId ? s.keys.find((k) => k.id === keyId) : undefined));
  const go = useView((s) => s.go);
  const notify = useView((s) => s.notify);
  const actions = findingActions(finding, key);
  if (!key || actions.length === 0) return null;

  const setDays = async (days: number) => {
    try {
      await call(api().keys.edit({ keyId: key.id, patch: { rotationIntervalDays: days } }));
      const vault = useVault.getState();
      await Promise.all([
        vault.load(),
        vault.detail?.id === key.id ? vault.loadDetail(key.id) : null,
      ]);
      notify({ kind: 'info', text: t('todo.actions.daysSet', { label: key.label, days }) });
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  const run = (action: FindingAction) => {
    switch (action.kind) {
      case 'rotate':
        return go({ name: 'rotate', keyId: key.id });
      case 'set-rotation-days':
        return void setDays(action.days);
      case 'edit-ip':
        useEditRequest.getState().ask(key.id, 'ip');
        return go({ name: 'key', keyId: key.id });
    }
  };
  const text = (action: FindingAction) => {
    switch (action.kind) {
      case 'rotate':
        return key.status === 'rotating' ? t('detail.continueRotation') : t('todo.actions.rotate');
      case 'set-rotation-days':
        return t('todo.actions.setDays', { days: action.days });
      case 'edit-ip':
        return t('todo.actions.editIp');
    }
  };
  return (
    <div className="row finding-actions" data-testid="finding-actions">
      {actions.map((action) => (
        <button key={action.kind} type="button" onClick={() => run(action)}>
          {text(action)}
        </button>
      ))}
    </div>
  );
}
