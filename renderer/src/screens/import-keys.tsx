// Import: main's native dialog picks the file, core parses it and answers a preview (labels,
// exchanges, masked API keys: never a secret); the user ticks keys, edits labels and use
// cases, imports, and is told the file still holds the secrets and what to do about it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USE_CASES, type UseCase } from '../../../shared/domain/exchange';
import type { ImportPreviewView, ImportResultView } from '../../../shared/ipc/plaintext-views';
import { api, call, errorText } from '../lib/api';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

interface Row {
  index: number;
  include: boolean;
  label: string;
  useCase: UseCase;
}

export function ImportKeysScreen() {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [result, setResult] = useState<ImportResultView | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    try {
      const next = await call(api().import.preview({}));
      if (!next) return; // the dialog was cancelled
      setResult(null);
      setPreview(next);
      setRows(
        next.keys.map((k) => ({
          index: k.index,
          include: true,
          label: k.label,
          useCase: k.useCase,
        })),
      );
      notify(null);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  const update = (index: number, patch: Partial<Row>) =>
    setRows((list) => list.map((r) => (r.index === index ? { ...r, ...patch } : r)));

  const submit = async () => {
    if (!preview) return;
    const entries = rows
      .filter((r) => r.include)
      .map(({ index, label, useCase }) => ({ index, label: label.trim(), useCase }));
    if (entries.length === 0) {
      notify({ kind: 'error', text: t('importKeys.nothingChosen') });
      return;
    }
    setBusy(true);
    try {
      const done = await call(api().import.commit({ previewId: preview.previewId, entries }));
      setResult(done);
      setPreview(null);
      await useVault.getState().load();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="import-title" data-testid="import-screen">
      <h1 id="import-title">{t('importKeys.title')}</h1>
      <p>{t('importKeys.intro')}</p>
      {!preview && (
        <button type="button" className="primary" onClick={() => void choose()}>
          {result ? t('importKeys.another') : t('importKeys.choose')}
        </button>
      )}
      {preview && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p data-testid="import-file">
            {t('importKeys.file', { file: preview.file, format: preview.format })}
          </p>
          {preview.keys.length === 0 ? (
            <p>{t('importKeys.none')}</p>
          ) : (
            <table className="check-table" data-testid="import-preview">
              <thead>
                <tr>
                  <th scope="col">{t('importKeys.colInclude')}</th>
                  <th scope="col">{t('importKeys.colLabel')}</th>
                  <th scope="col">{t('importKeys.colExchange')}</th>
                  <th scope="col">{t('importKeys.colApiKey')}</th>
                  <th scope="col">{t('importKeys.colUseCase')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.keys.map((key) => {
                  const row = rows.find((r) => r.index === key.index);
                  if (!row) return null;
                  return (
                    <tr key={key.index} data-testid="import-row">
                      <td>
                        <input
                          type="checkbox"
                          checked={row.include}
                          aria-label={t('importKeys.include', { label: row.label })}
                          onChange={(e) => update(key.index, { include: e.target.checked })}
                        />
                      </td>
                      <td>
                        <input
                          type="text"
                          value={row.label}
                          maxLength={100}
                          aria-label={t('importKeys.colLabel')}
                          onChange={(e) => update(key.index, { label: e.target.value })}
                        />
                      </td>
                      <td>
                        {t(`provider.${key.provider}`)}
                        {key.host && <span className="muted"> {key.host}</span>}
                      </td>
                      <td>
                        <code>{key.maskedApiKey}</code>
                      </td>
                      <td>
                        <select
                          value={row.useCase}
                          aria-label={t('importKeys.colUseCase')}
                          onChange={(e) =>
                            update(key.index, { useCase: e.target.value as UseCase })
                          }
                        >
                          {USE_CASES.map((u) => (
                            <option key={u} value={u}>
                              {t(`useCase.${u}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <SkippedList skipped={preview.skipped} />
          <div className="row">
            {preview.keys.length > 0 && (
              <button type="submit" className="primary" disabled={busy}>
                {busy ? t('importKeys.importing') : t('importKeys.import')}
              </button>
            )}
            <button type="button" onClick={() => setPreview(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {result && (
        <div className="card" role="status" data-testid="import-result">
          <p>{t('importKeys.imported', { count: result.imported.length })}</p>
          <ul>
            {result.imported.map((k) => (
              <li key={k.id}>{k.label}</li>
            ))}
          </ul>
          <SkippedList skipped={result.skipped} />
          {result.imported.length > 0 && (
            <>
              <p>{t('importKeys.readOnly')}</p>
              <p data-testid="import-advice">
                <strong>{t('importKeys.advice', { file: result.file })}</strong>
              </p>
            </>
          )}
        </div>
      )}
    </section>
  );
}

function SkippedList({ skipped }: { skipped: readonly { label: string; reason: string }[] }) {
  const { t } = useTranslation();
  if (skipped.length === 0) return null;
  return (
    <div data-testid="import-skipped">
      <h2>{t('importKeys.skippedTitle')}</h2>
      <ul>
        {skipped.map((s, i) => (
          <li key={i}>{t('importKeys.skipped', { label: s.label, reason: s.reason })}</li>
        ))}
      </ul>
    </div>
  );
}
