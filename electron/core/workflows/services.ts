// Third-party services and their assessment: the six red flags of DOMAIN.md, each answered
// yes / no / unknown, with the time of the assessment.
import { randomUUID } from 'node:crypto';
import type {
  RedFlag,
  RedFlagAnswer,
  ServiceRecord,
  VaultData,
} from '../../../shared/domain/key-record';
import {
  RED_FLAGS,
  redFlagAnswerSchema,
  unknownAssessment,
} from '../../../shared/domain/key-record';
import { refusedTextMessage } from '../../../shared/domain/text-safety';
import { KeywardError } from '../errors';
import { refuse } from './history';

export interface ServiceInput {
  name: string;
  url?: string;
  notes?: string;
}

export function findService(data: VaultData, ref: string): ServiceRecord {
  const wanted = ref.trim();
  const service =
    data.services.find((s) => s.id === wanted) ??
    data.services.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (!service) {
    throw new KeywardError(
      'not-found',
      `No service is named or has the id "${wanted}"; the service list shows them.`,
    );
  }
  return service;
}

export function addService(data: VaultData, input: ServiceInput): ServiceRecord {
  const name = input.name.trim();
  const url = (input.url ?? '').trim();
  const notes = input.notes ?? '';
  const unsafe =
    refusedTextMessage('A service name', name) ??
    refusedTextMessage('A service URL', url) ??
    refusedTextMessage('Service notes', notes, { multiline: true });
  if (unsafe) throw refuse(`The service was not added: ${unsafe}`);
  if (name === '' || name.length > 100) throw refuse('A service name has 1 to 100 characters.');
  if (data.services.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw refuse(`A service named "${name}" already exists.`);
  }
  if (url !== '' && !/^https:\/\/[^\s]+$/i.test(url)) {
    throw refuse(`"${url}" is not an https:// address; give the service's website as https://...`);
  }
  if (url.length > 500) throw refuse('A service URL has at most 500 characters.');
  if (notes.length > 10000) throw refuse('Service notes have at most 10000 characters.');
  const service: ServiceRecord = {
    id: randomUUID(),
    name,
    url,
    notes,
    assessment: unknownAssessment(),
  };
  data.services.push(service);
  return service;
}

/** Records answers for some or all red flags; the others keep their previous answer. */
export function assessService(
  data: VaultData,
  ref: string,
  answers: Partial<Record<RedFlag, RedFlagAnswer>>,
  now: Date,
): ServiceRecord {
  const service = findService(data, ref);
  const entries = Object.entries(answers);
  if (entries.length === 0)
    throw refuse(`Give at least one answer, e.g. --flag asks-withdrawals=no.`);
  for (const [flag, answer] of entries) {
    if (!(RED_FLAGS as readonly string[]).includes(flag)) {
      throw refuse(`Unknown red flag "${flag}": use ${RED_FLAGS.join(', ')}.`);
    }
    if (!redFlagAnswerSchema.safeParse(answer).success) {
      throw refuse(`Answer "${String(answer)}" for ${flag} is not yes, no or unknown.`);
    }
  }
  for (const [flag, answer] of entries) service.assessment.flags[flag as RedFlag] = answer;
  service.assessment.assessedAt = now.toISOString();
  return service;
}
