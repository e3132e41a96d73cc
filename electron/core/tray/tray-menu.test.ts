// The tray menu model (issue 13 §2, §4): the five most recently copied keys with copy secret /
// API key, Lock, nothing named or copyable while locked, words in the chosen language.
import { describe, expect, it } from 'vitest';
import { buildTrayMenu, menuLabel, recentlyCopied, type TrayMenuItem } from './tray-menu';

const labels = (items: readonly TrayMenuItem[]) =>
  items.map((i) => (i.type === 'separator' ? '—' : `${i.label}${i.enabled ? '' : ' (off)'}`));

const key = (n: number, lastCopiedAt?: string, apiKey = `APIKEY${n}`) => ({
  id: `k${n}`,
  label: `Bot ${n}`,
  apiKey,
  ...(lastCopiedAt && { lastCopiedAt }),
});

describe('recentlyCopied', () => {
  it('keeps the five most recently copied keys, newest first, and leaves out keys never copied', () => {
    const keys = [
      key(1, '2026-03-01T10:00:00.000Z'),
      key(2),
      key(3, '2026-03-05T10:00:00.000Z'),
      key(4, '2026-03-02T10:00:00.000Z'),
      key(5, '2026-03-04T10:00:00.000Z'),
      key(6, '2026-03-03T10:00:00.000Z'),
      key(7, '2026-02-01T10:00:00.000Z'),
      key(8, '2026-03-06T10:00:00.000Z', ''),
    ];
    expect(recentlyCopied(keys)).toEqual([
      { keyId: 'k8', label: 'Bot 8', hasApiKey: false },
      { keyId: 'k3', label: 'Bot 3', hasApiKey: true },
      { keyId: 'k5', label: 'Bot 5', hasApiKey: true },
      { keyId: 'k6', label: 'Bot 6', hasApiKey: true },
      { keyId: 'k4', label: 'Bot 4', hasApiKey: true },
    ]);
  });
});

describe('buildTrayMenu', () => {
  const recent = [
    { keyId: 'k1', label: 'Binance - Bot', hasApiKey: true },
    { keyId: 'k2', label: 'Kraken - Generated', hasApiKey: false },
  ];

  it('unlocked: each recent key has Copy secret and Copy API key, then Open, Lock, Quit', () => {
    const menu = buildTrayMenu({ language: 'en', locked: false, attention: 2, recent });
    expect(menu.tooltip).toBe('Keyward: 2 keys need attention');
    expect(menu.title).toBe('2');
    expect(labels(menu.items)).toEqual([
      '2 keys need attention (off)',
      '—',
      'Recently copied (off)',
      'Binance - Bot',
      'Kraken - Generated',
      '—',
      'Open Keyward',
      'Lock',
      '—',
      'Quit',
    ]);
    const first = menu.items[3]!;
    const second = menu.items[4]!;
    if (first.type !== 'submenu' || second.type !== 'submenu') throw new Error('not a submenu');
    expect(first.items).toEqual([
      {
        type: 'item',
        label: 'Copy secret',
        enabled: true,
        action: { type: 'copy', keyId: 'k1', field: 'secret' },
      },
      {
        type: 'item',
        label: 'Copy API key',
        enabled: true,
        action: { type: 'copy', keyId: 'k1', field: 'apiKey' },
      },
    ]);
    // A generated key without its API key yet: nothing to copy there.
    expect(labels(second.items)).toEqual(['Copy secret', 'Copy API key (off)']);
  });

  it('locked: names no key, copies nothing, Lock is off; Open stays', () => {
    const menu = buildTrayMenu({ language: 'en', locked: true, attention: 0, recent });
    expect(menu.title).toBe('');
    expect(labels(menu.items)).toEqual([
      'No key needs attention (off)',
      '—',
      'Recently copied (off)',
      'Unlock Keyward to copy a key (off)',
      '—',
      'Open Keyward',
      'Lock (off)',
      '—',
      'Quit',
    ]);
    expect(JSON.stringify(menu)).not.toContain('Binance - Bot');
  });

  it('says so when no key was copied yet', () => {
    const menu = buildTrayMenu({ language: 'en', locked: false, attention: 1, recent: [] });
    expect(labels(menu.items)).toContain('No key copied yet (off)');
    expect(menu.tooltip).toBe('Keyward: 1 key needs attention');
  });

  it('speaks 简体中文 when that is the chosen language', () => {
    const menu = buildTrayMenu({ language: 'zh-CN', locked: false, attention: 3, recent });
    expect(menu.tooltip).toBe('Keyward：3 个密钥需要处理');
    expect(labels(menu.items)).toEqual([
      '3 个密钥需要处理 (off)',
      '—',
      '最近复制 (off)',
      'Binance - Bot',
      'Kraken - Generated',
      '—',
      '打开 Keyward',
      '锁定',
      '—',
      '退出',
    ]);
    const first = menu.items[3]!;
    if (first.type !== 'submenu') throw new Error('not a submenu');
    expect(labels(first.items)).toEqual(['复制 Secret Key', '复制 API Key']);
  });

  it('shows at most five keys even when given more', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      keyId: `k${i}`,
      label: `Key ${i}`,
      hasApiKey: true,
    }));
    const menu = buildTrayMenu({ language: 'en', locked: false, attention: 0, recent: many });
    expect(menu.items.filter((i) => i.type === 'submenu')).toHaveLength(5);
  });
});

describe('menuLabel', () => {
  it('shows & literally, keeps one line and cuts long labels', () => {
    expect(menuLabel('Tax & Reports')).toBe('Tax && Reports');
    expect(menuLabel('Bot\nTwo')).toBe('Bot Two');
    const long = menuLabel('x'.repeat(80));
    expect(long).toHaveLength(48);
    expect(long.endsWith('…')).toBe(true);
  });
});
