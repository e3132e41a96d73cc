import { describe, expect, it } from 'vitest';
import { marshalMessage, splitSignature, unmarshalMessage } from './dbus-wire';

describe('the D-Bus wire format', () => {
  it('splits signatures into complete types', () => {
    expect(splitSignature('a{ss}aoa(yv)(oayays)vu')).toEqual([
      'a{ss}',
      'ao',
      'a(yv)',
      '(oayays)',
      'v',
      'u',
    ]);
    expect(() => splitSignature('a{ss')).toThrow();
  });

  it('writes a method call byte for byte as the specification lays it out', () => {
    const bytes = marshalMessage({
      type: 1,
      serial: 7,
      path: '/o',
      member: 'M',
      signature: 's',
      body: ['hi'],
    });
    // Offsets from the message start: fields begin at 16; each (yv) struct 8-aligned.
    const expected = Buffer.concat([
      Buffer.from([0x6c, 1, 0, 1]), // little-endian, METHOD_CALL, no flags, version 1
      Buffer.from([7, 0, 0, 0, 7, 0, 0, 0]), // body length 7, serial 7
      Buffer.from([39, 0, 0, 0]), // header fields: 39 bytes (16..55)
      Buffer.from([1, 1, 0x6f, 0, 2, 0, 0, 0, 0x2f, 0x6f, 0]), // 16: PATH, o, "/o"
      Buffer.from([0, 0, 0, 0, 0]), // 27: pad to 32
      Buffer.from([3, 1, 0x73, 0, 1, 0, 0, 0, 0x4d, 0]), // 32: MEMBER, s, "M"
      Buffer.from([0, 0, 0, 0, 0, 0]), // 42: pad to 48
      Buffer.from([8, 1, 0x67, 0, 1, 0x73, 0]), // 48: SIGNATURE, g, "s"
      Buffer.from([0]), // 55: header padded to 56
      Buffer.from([2, 0, 0, 0, 0x68, 0x69, 0]), // body: "hi"
    ]);
    expect(bytes.toString('hex')).toBe(expected.toString('hex'));
  });

  it('reads back what it writes, across alignments', () => {
    const body = [
      [
        ['xdg:schema', 'g'],
        ['service', 'Keyward'],
      ],
      ['/a', '/b/c'],
      { signature: 'ay', value: Buffer.from([1, 2, 3]) },
      ['/s', Buffer.from([9]), Buffer.alloc(0), 'text/plain'],
      7,
    ];
    const bytes = marshalMessage({
      type: 2,
      serial: 3,
      replySerial: 9,
      signature: 'a{ss}aov(oayays)u',
      body,
    });
    const read = unmarshalMessage(Buffer.concat([bytes, Buffer.from([0x6c])]));
    expect(read?.length).toBe(bytes.length);
    expect(read?.message).toMatchObject({ type: 2, serial: 3, replySerial: 9, body });
  });

  it('waits for a whole message and refuses big-endian ones', () => {
    const bytes = marshalMessage({ type: 2, serial: 1, signature: 's', body: ['x'] });
    expect(unmarshalMessage(bytes.subarray(0, bytes.length - 1))).toBeNull();
    const bigEndian = Buffer.from(bytes);
    bigEndian[0] = 0x42;
    expect(() => unmarshalMessage(bigEndian)).toThrow(/big-endian/);
  });
});
