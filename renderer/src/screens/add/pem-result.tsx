// After generating an Ed25519 pair: the public key PEM to paste into the exchange.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeygenReply } from '../../../../shared/ipc/views';
import { copyPublicText } from '../../lib/copy-text';

export function PemResult({ reply, onOpen }: { reply: KeygenReply; onOpen: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <section className="card" aria-labelledby="pem-title" data-testid="pem-result">
      <h1 id="pem-title">{t('add.pemTitle')}</h1>
      <p>{t('add.pemBody')}</p>
      <pre className="secret-box" data-testid="public-key-pem" tabIndex={0}>
        {reply.publicKeyPem}
      </pre>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void copyPublicText(reply.publicKeyPem).then(setCopied)}
        >
          {t('add.copyPem')}
        </button>
        <span role="status">{copied ? t('add.pemCopied') : ''}</span>
        <button type="button" onClick={onOpen}>
          {t('add.openKey')}
        </button>
      </div>
    </section>
  );
}
