// A lazy screen loads its chunk once, tries again after a failed load, and once loaded renders
// on its first render: no fallback frame (the no-flash invariant of the shell's navigation).
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from './lazy-screen';

function Greeting({ name }: { name: string }) {
  return <p>hello {name}</p>;
}

describe('lazyScreen', () => {
  it('loads once however many times it is preloaded', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const screen = lazyScreen(load);
    await Promise.all([screen.preload(), screen.preload()]);
    await screen.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries the load again after it failed', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce(Greeting);
    const screen = lazyScreen(load);
    await expect(screen.preload()).rejects.toThrow('chunk missing');
    await expect(screen.preload()).resolves.toBe(Greeting);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('renders the screen itself on the first render once preloaded', async () => {
    const screen = lazyScreen(() => Promise.resolve(Greeting));
    await screen.preload();
    expect(renderToString(<screen.Screen name="Ada" />)).toBe('<p>hello <!-- -->Ada</p>');
  });
});
