// `--tag` on add (and keygen): repeatable free text, shown by show and in --json; refused with
// control characters like a label (exit 2, nothing changed).
import { describe, expect, it } from 'vitest';
import { addArgs, ok, SECRET, useCliVaults } from './workflow-test-vault';

const freshVault = useCliVaults('tags');

describe('keyward add --tag', () => {
  it('records the tags; show and --json print them; a control character is refused', async () => {
    const { run, refused } = await freshVault();
    const id = ok(
      await run(addArgs('Grid bot', ['--tag', 'vps-1', '--tag', 'grid']), { input: SECRET }),
    ).stdout.trim();
    const shown = ok(await run(['show', id])).stdout;
    expect(shown).toMatch(/^Tags +vps-1, grid$/m);
    const json = JSON.parse(ok(await run(['show', id, '--json'])).stdout) as { tags: string[] };
    expect(json.tags).toEqual(['vps-1', 'grid']);
    const listed = JSON.parse(ok(await run(['list', '--json'])).stdout) as { tags: string[] }[];
    expect(listed[0]!.tags).toEqual(['vps-1', 'grid']);

    await refused(
      addArgs('Other bot', ['--tag', 'vps\u001b]0;x']),
      2,
      /not added: tags\.0: a tag cannot contain U\+001B/,
      SECRET,
    );
  }, 60_000);
});
