// Records the API key the exchange gave for a generated (Ed25519) key, which until then has
// only its public key. Used on the key's page and in the rotation wizard for the replacement.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call, errorText } from '../../lib/api';
import { useView } from '../../store/view-store';

export function SetApiKeyForm({
  keyId,
  id,
  label,
  reload,
}: {
  keyId: string;
  /** The input's id (the e2e page objects find it by this). */
  id: string;
  label: string;
  /** Refreshes what the screen shows once the key is saved. */
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const [value, setValue] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await call(api().keys.setApiKey({ keyId, apiKey: value.trim() }));
      setValue('');
      await reload();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          className="mono"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" disabled={value.trim() === ''}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
