// Preload exposes exactly window.keyward, built by the shared bridge over ipcRenderer; the
// page never gets ipcRenderer or an IPC event object.
import { describe, expect, it, vi } from 'vitest';
import type { KeywardApi } from '../../shared/ipc/bridge';

vi.mock('electron', () => import('../main/test/fake-electron'));

interface FakeRenderer {
  invoked: { channel: string; payload: unknown }[];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  emit(channel: string, ...args: unknown[]): void;
}

async function loadPreload() {
  const electron = (await import('electron')) as unknown as {
    contextBridge: { exposed: Map<string, unknown> };
    ipcRenderer: FakeRenderer;
  };
  await import('./preload');
  return electron;
}

describe('preload', () => {
  it('exposes only window.keyward, made of functions per channel and `on`', async () => {
    const { contextBridge } = await loadPreload();
    expect([...contextBridge.exposed.keys()]).toEqual(['keyward']);
    const api = contextBridge.exposed.get('keyward') as Record<string, unknown>;
    expect(Object.keys(api)).not.toContain('ipcRenderer');
    expect(Object.keys(api)).not.toContain('invoke');
    expect(typeof (api.keys as Record<string, unknown>).copy).toBe('function');
    const text = JSON.stringify(Object.keys(api));
    expect(text).not.toMatch(/ipc|send|invoke/i);
  });

  it('requests travel on the channel name; events reach listeners without the IPC event', async () => {
    const { contextBridge, ipcRenderer } = await loadPreload();
    const api = contextBridge.exposed.get('keyward') as KeywardApi;
    await api.keys.copy({ keyId: 'k1', field: 'apiKey' });
    expect(ipcRenderer.invoked.at(-1)).toEqual({
      channel: 'keys.copy',
      payload: { keyId: 'k1', field: 'apiKey' },
    });
    const seen: unknown[][] = [];
    const off = api.on('locked', (...args: unknown[]) => seen.push(args));
    ipcRenderer.emit('keyward-event:locked', { sender: 'the IPC event' }, { reason: 'idle' });
    off();
    ipcRenderer.emit('keyward-event:locked', { sender: 'the IPC event' }, { reason: 'user' });
    expect(seen).toEqual([[{ reason: 'idle' }]]);
    expect(ipcRenderer.listeners.get('keyward-event:locked')).toEqual([]);
  });
});
