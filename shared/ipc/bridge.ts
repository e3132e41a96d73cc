// Builds the typed `window.keyward` object from the contract over any transport: preload uses
// ipcRenderer, the e2e harness uses Playwright's exposeBinding, tests use an in-memory pair.
// Invariant: the object exposes one function per channel and `on`; never the transport
// itself. A transport failure becomes an `internal` result, never a thrown secret.
// Values from names.ts only: contract.ts (and zod with it) stays out of the preload bundle.
import type { IpcEvents, ReplyOf, RequestOf } from './contract';
import { CHANNEL_NAMES, isEventName, type ChannelName, type EventName } from './names';
import type { IpcResult } from './result';

export interface BridgeTransport {
  /** Sends one request; resolves with the handler's IpcResult. */
  invoke(channel: ChannelName, payload: unknown): Promise<unknown>;
  /** Listens to one event; returns a function that stops listening. */
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

type ChannelFn<C extends ChannelName> =
  Record<string, never> extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<IpcResult<ReplyOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ReplyOf<C>>>;

type GroupOf<C extends string> = C extends `${infer G}.${string}` ? G : never;
export type ChannelGroup = GroupOf<ChannelName>;

/** `keyward.keys.copy({ keyId, field })` for channel 'keys.copy', and so on. */
export type KeywardApi = {
  readonly [G in ChannelGroup]: {
    readonly [C in ChannelName as C extends `${G}.${infer M}` ? M : never]: ChannelFn<C>;
  };
} & {
  /** Subscribes to an event from main; call the returned function to unsubscribe. */
  readonly on: <E extends EventName>(
    event: E,
    listener: (payload: IpcEvents[E]) => void,
  ) => () => void;
};

function isResult(value: unknown): value is IpcResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

export function createKeywardApi(transport: BridgeTransport): KeywardApi {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const channel of CHANNEL_NAMES) {
    const dot = channel.indexOf('.');
    const group = channel.slice(0, dot);
    const method = channel.slice(dot + 1);
    const call = async (request?: unknown): Promise<IpcResult<unknown>> => {
      try {
        const result = await transport.invoke(channel, request ?? {});
        if (isResult(result)) return result;
        return { ok: false, code: 'internal', message: 'The app sent an unexpected answer.' };
      } catch {
        return { ok: false, code: 'internal', message: 'The app could not be reached.' };
      }
    };
    (groups[group] ??= {})[method] = call;
  }
  const on = (event: EventName, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${String(event)}".`);
    if (typeof listener !== 'function') throw new Error('A listener function is required.');
    return transport.subscribe(event, (payload) => listener(payload));
  };
  for (const group of Object.values(groups)) Object.freeze(group);
  return Object.freeze({ ...groups, on }) as unknown as KeywardApi;
}
