// "Find plaintext copies": folders from main's native dialog, options for histories and git,
// a progress bar (files and bytes, from scanProgress events), Cancel, and the copies found
// grouped by key with their findings' fixes. Shows places only, never any part of a value.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScanHitView, ScanView } from '../../../shared/ipc/plaintext-views';
import { FindingList } from '../components/finding-list';
import { api, call, errorText } from '../lib/api';
import { useVault } from '../store/vault-store';
import { useView } from '../store/view-store';

const size = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;

export function ScanCopiesScreen() {
  const { t } = useTranslation();
  const notify = useView((s) => s.notify);
  const go = useView((s) => s.go);
  const [folders, setFolders] = useState<string[]>([]);
  const [history, setHistory] = useState(false);
  const [git, setGit] = useState(false);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState({ files: 0, bytes: 0 });
  const [result, setResult] = useState<ScanView | null>(null);

  useEffect(() => api().on('scanProgress', (p) => setProgress(p)), []);

  const choose = async () => {
    try {
      const chosen = await call(api().scan.chooseFolders({}));
      if (chosen.length > 0) setFolders(chosen);
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    }
  };

  const start = async () => {
    setRunning(true);
    setResult(null);
    setProgress({ files: 0, bytes: 0 });
    try {
      setResult(await call(api().scan.start({ history, git })));
      await useVault.getState().load();
    } catch (e) {
      notify({ kind: 'error', text: errorText(e) });
    } finally {
      setRunning(false);
    }
  };

  const hitText = (h: ScanHitView) => {
    const field = t(`scanCopies.field.${h.field}`);
    if (h.source === 'git') {
      const ref = h.commit
        ? `commit ${h.commit.slice(0, 12)}`
        : `blob ${(h.blob ?? '').slice(0, 12)}`;
      return t('scanCopies.gitHit', { repo: h.repo ?? h.path, ref, field });
    }
    const place = h.source === 'history' ? `${h.path} ${t('scanCopies.historySource')}` : h.path;
    return t('scanCopies.hit', { place, line: h.line, field });
  };

  return (
    <section aria-labelledby="scan-title" data-testid="scan-screen">
      <h1 id="scan-title">{t('scanCopies.title')}</h1>
      <p>{t('scanCopies.intro')}</p>
      <div className="card">
        <div className="row">
          <button type="button" onClick={() => void choose()} disabled={running}>
            {t('scanCopies.chooseFolders')}
          </button>
          <span data-testid="scan-folders">
            {folders.length === 0
              ? t('scanCopies.noFolders')
              : t('scanCopies.folders', { folders: folders.join(', ') })}
          </span>
        </div>
        <label className="row">
          <input
            type="checkbox"
            checked={history}
            disabled={running}
            onChange={(e) => setHistory(e.target.checked)}
          />
          {t('scanCopies.history')}
        </label>
        <label className="row">
          <input
            type="checkbox"
            checked={git}
            disabled={running}
            onChange={(e) => setGit(e.target.checked)}
          />
          {t('scanCopies.git')}
        </label>
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={running || folders.length === 0}
            onClick={() => void start()}
          >
            {t('scanCopies.start')}
          </button>
          {running && (
            <button
              type="button"
              onClick={() => void call(api().scan.cancel({})).catch(() => undefined)}
            >
              {t('scanCopies.cancel')}
            </button>
          )}
        </div>
        {running && (
          <div role="status" data-testid="scan-progress">
            <progress aria-label={t('scanCopies.title')} />
            <p>{t('scanCopies.progress', { files: progress.files, size: size(progress.bytes) })}</p>
          </div>
        )}
      </div>
      {result && (
        <div data-testid="scan-result">
          {result.cancelled ? (
            <p role="status">{t('scanCopies.cancelled')}</p>
          ) : (
            <p role="status">
              {t('scanCopies.done', { files: result.files, size: size(result.bytes) })}
            </p>
          )}
          {result.tooShort > 0 && <p>{t('scanCopies.tooShort', { count: result.tooShort })}</p>}
          {result.unreadable > 0 && (
            <p>{t('scanCopies.unreadable', { count: result.unreadable })}</p>
          )}
          {result.keys.length === 0 ? (
            <p>{t('scanCopies.none')}</p>
          ) : (
            <>
              <p>{t('scanCopies.found', { count: result.keys.length })}</p>
              <ul className="plain-list">
                {result.keys.map((group) => (
                  <li key={group.keyId} className="card" data-testid="scan-key">
                    <h2>
                      <button
                        type="button"
                        className="link"
                        onClick={() => go({ name: 'key', keyId: group.keyId })}
                      >
                        {group.label}
                      </button>
                    </h2>
                    <ul data-testid="scan-hits">
                      {group.hits.map((h, i) => (
                        <li key={i}>{hitText(h)}</li>
                      ))}
                    </ul>
                    <FindingList findings={group.findings} testId="scan-findings" />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
