// Leak response, DOMAIN.md's eight steps in this order: five at once, three afterwards.
import { INCIDENT_STEP_COUNT } from '../domain/workflow-steps';
import type { StepText } from './rotation-steps';

export type LeakPhase = 'immediately' | 'afterwards';

export const LEAK_RESPONSE_CHECKLIST: readonly (StepText & { n: number; phase: LeakPhase })[] = [
  {
    n: 1,
    phase: 'immediately',
    title: 'Delete the leaked key at the exchange',
    detail: 'Do this first: it stops every request made with the key. Your assets are not touched.',
  },
  {
    n: 2,
    phase: 'immediately',
    title: 'Check recent account activity',
    detail: 'Look at orders, withdrawals and logins you did not make.',
  },
  {
    n: 3,
    phase: 'immediately',
    title: 'Check balances',
    detail: 'Compare them with what you expect.',
  },
  {
    n: 4,
    phase: 'immediately',
    title: 'Change the account password',
    detail: 'And check that two-factor authentication is still yours.',
  },
  {
    n: 5,
    phase: 'immediately',
    title: 'Contact exchange support if anything abnormal was found',
    detail: 'Tell them which key leaked (its fingerprint) and what you saw.',
  },
  {
    n: 6,
    phase: 'afterwards',
    title: 'Investigate how the key leaked',
    detail:
      'Code pushed to a repository, chat, email, an unencrypted file, a screenshot, the service itself?',
  },
  {
    n: 7,
    phase: 'afterwards',
    title: 'Stop using the compromised service',
    detail: 'If the leak came from the service, move to another one.',
  },
  {
    n: 8,
    phase: 'afterwards',
    title: 'Give new keys stronger protection',
    detail: 'Fewer permissions, and an IP whitelist on every new key.',
  },
];

if (LEAK_RESPONSE_CHECKLIST.length !== INCIDENT_STEP_COUNT) {
  throw new Error('LEAK_RESPONSE_CHECKLIST must have INCIDENT_STEP_COUNT steps');
}
