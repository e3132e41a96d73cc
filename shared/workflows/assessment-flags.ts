// Assessing a third-party service before giving it a key: the six red flags of DOMAIN.md as
// questions, each answered yes / no / unknown, and what to look at besides.
import type { RedFlag } from '../domain/workflow-steps';
import { RED_FLAGS, RED_FLAG_TEXT } from '../domain/workflow-steps';

export interface FlagQuestion {
  flag: RedFlag;
  /** "Does the service ...?" — yes is the red flag. */
  question: string;
  /** The red flag as a statement: "asks for withdrawal permission it does not need". */
  redFlag: string;
  /** Answering yes to these is a high finding on every key of the service. */
  serious: boolean;
}

const QUESTIONS: Record<RedFlag, string> = {
  'asks-withdrawals': 'Does it ask for withdrawal permission it does not need?',
  'no-ip-whitelist-support':
    'Does it lack support for IP whitelisting (no published IP addresses)?',
  'no-security-docs': 'Does it lack security documentation (how it stores your keys)?',
  'vague-operator': 'Is it vague about who runs it?',
  'unrealistic-returns': 'Does it promise unrealistic returns?',
  'asks-disable-ip-whitelist': 'Does it ask you to disable IP whitelisting?',
};

export const ASSESSMENT_QUESTIONS: readonly FlagQuestion[] = RED_FLAGS.map((flag) => ({
  flag,
  question: QUESTIONS[flag],
  redFlag: RED_FLAG_TEXT[flag],
  serious: flag === 'asks-withdrawals' || flag === 'asks-disable-ip-whitelist',
}));

/** What else to look at before giving a service a key (DOMAIN.md). */
export const ASSESSMENT_CONSIDERATIONS = [
  'Reputation: how long it has run, what users and press say about it.',
  'Security measures: how it stores keys, two-factor login, published IP addresses.',
  'The permissions it asks for: no more than its job needs.',
  'Its terms of service: who is liable when something goes wrong.',
] as const;
