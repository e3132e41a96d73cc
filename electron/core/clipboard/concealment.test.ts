import { describe, expect, it } from 'vitest';
import { concealmentFormats, rawFormat, secretClipboardItem } from './concealment';

describe('clipboard concealment', () => {
  it('marks the secret for KDE-style clipboard managers on Linux', () => {
    expect(secretClipboardItem('s3cret', 'linux')).toEqual({
      'text/plain': 's3cret',
      'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret',
    });
  });

  it('marks it concealed on macOS', () => {
    expect(concealmentFormats('darwin')).toEqual({
      [rawFormat('org.nspasteboard.ConcealedType')]: '',
    });
  });

  it('keeps it out of monitors, clipboard history and the cloud clipboard on Windows', () => {
    const formats = concealmentFormats('win32');
    expect(Object.keys(formats)).toEqual([
      rawFormat('ExcludeClipboardContentFromMonitorProcessing'),
      rawFormat('CanIncludeInClipboardHistory'),
      rawFormat('CanUploadToCloudClipboard'),
    ]);
    // DWORD 0: four zero bytes once UTF-8 encoded.
    expect([...Buffer.from(formats[rawFormat('CanIncludeInClipboardHistory')]!, 'utf8')]).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('adds nothing where no convention exists', () => {
    expect(secretClipboardItem('x', 'aix')).toEqual({ 'text/plain': 'x' });
  });
});
