// The add form's live findings: the findings engine on the draft as typed so far, against the
// vault as the renderer knows it. Never given the secret; only whether a passphrase is typed.
import { useMemo } from 'react';
import type { Environment } from '../../../../shared/domain/credentials';
import type { Permissions, Provider, UseCase } from '../../../../shared/domain/exchange';
import type { Finding } from '../../../../shared/findings';
import type { KeySummary, ServiceView } from '../../../../shared/ipc/views';
import { draftFindings, knownVault } from '../../lib/draft-findings';
import { ipLines } from './ip-field';

export interface LiveDraft {
  label: string;
  provider: Provider;
  account: string;
  useCase: UseCase;
  permissions: Permissions;
  ipText: string;
  service: string;
  /** Undefined while the typed number of days is not valid. */
  rotationDays: number | undefined;
  extras: string[];
  environment: Environment;
  host: string;
  hasPassphrase: boolean;
}

export function useLiveFindings(
  draft: LiveDraft,
  keys: readonly KeySummary[],
  services: readonly ServiceView[],
): Finding[] {
  const vault = useMemo(() => knownVault(keys, services), [keys, services]);
  const { label, provider, account, useCase, permissions, ipText, service } = draft;
  const { rotationDays, extras, environment, host, hasPassphrase } = draft;
  return useMemo(() => {
    const labelEmpty = label.trim() === '';
    return (
      draftFindings(
        {
          label: labelEmpty ? 'New key' : label,
          provider,
          account,
          useCase,
          permissions,
          ipWhitelist: ipLines(ipText),
          serviceName: service,
          ...(rotationDays !== undefined && { rotationIntervalDays: rotationDays }),
          extras,
          environment,
          host,
          hasPassphrase,
        },
        vault,
        new Date(),
      )
        // An empty form is not a vaguely named key: "New key" only stands in for the messages.
        .filter((f) => !(labelEmpty && f.rule === 'vague-label'))
    );
  }, [
    label,
    provider,
    account,
    useCase,
    permissions,
    ipText,
    service,
    rotationDays,
    extras,
    environment,
    host,
    hasPassphrase,
    vault,
  ]);
}
