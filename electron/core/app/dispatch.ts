// The transport-independent half of IPC registration: checks the channel name, parses the
// payload (received as unknown) with the channel's schema, runs the handler, and answers with
// the result union. Main's Electron wrapper adds the sender check; the e2e harness and the
// tests call this directly. Invariant: a refused request never reaches a handler, so it
// changes nothing.
import {
  ipcContract,
  isChannelName,
  type ChannelName,
  type ParsedRequestOf,
  type ReplyOf,
} from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { toIpcError } from './ipc-errors';

export type Handler<C extends ChannelName> = (request: ParsedRequestOf<C>) => Promise<ReplyOf<C>>;
/** Every channel's handler: a channel without one does not compile. */
export type Handlers = { [C in ChannelName]: Handler<C> };
/** What dispatch accepts (tests pass partial maps of spies). */
export type HandlerMap = Partial<Handlers>;

function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'it does not match';
  const where = issue.path.map(String).join('.');
  // zod's messages name types, limits and keys, never the received value.
  return `${where ? `${where}: ` : ''}${issue.message}`.slice(0, 300);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True if any own key at any depth is __proto__, constructor or prototype. Strict schemas
 * refuse these anyway; this makes the refusal independent of how a schema treats them.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > 8) return true; // no request nests this deep
  return Reflect.ownKeys(value).some(
    (key) =>
      (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) ||
      hasPrototypeKey((value as Record<PropertyKey, unknown>)[key], depth + 1),
  );
}

export async function dispatch(
  handlers: HandlerMap,
  channel: unknown,
  payload: unknown,
  /** Called before each accepted request (the auto-lock timer counts it as activity). */
  onAccepted?: (channel: ChannelName) => void,
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return { ok: false, code: 'forbidden', message: 'Unknown request.' };
  }
  if (hasPrototypeKey(payload)) {
    return {
      ok: false,
      code: 'invalid',
      message: `The ${channel} request was refused (it names __proto__, constructor or prototype); nothing was changed.`,
    };
  }
  const parsed = ipcContract[channel].request.safeParse(payload);
  if (!parsed.success) {
    return {
      ok: false,
      code: 'invalid',
      message: `The ${channel} request was refused (${describeIssue(parsed.error.issues[0])}); nothing was changed.`,
    };
  }
  const handler = handlers[channel] as ((request: unknown) => Promise<unknown>) | undefined;
  if (!handler) {
    return {
      ok: false,
      code: 'internal',
      message: `${channel} is not available in this build of Keyward yet.`,
    };
  }
  onAccepted?.(channel);
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return toIpcError(error);
  }
}
