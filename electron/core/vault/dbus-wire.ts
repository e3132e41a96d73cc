// The D-Bus wire format (little-endian only), just what the Secret Service read in
// secret-service-read.ts needs: marshal a method call, split and unmarshal messages.
// Written by hand rather than with a D-Bus library because it serves `keyward get`'s quick
// path, whose whole point is start-up time: the libraries load tens of modules (XML
// introspection, event machinery) for what is here a few hundred lines of pure code.
// Spec: https://dbus.freedesktop.org/doc/dbus-specification.html#message-protocol-marshaling

/** A value to marshal. Arrays of dict entries are written as `[key, value][]`. */
export type DbusValue =
  string | number | Buffer | boolean | DbusValue[] | { signature: string; value: DbusValue };

export class DbusWireError extends Error {}

/** Splits a signature into its complete types ("a{ss}ao" → ["a{ss}", "ao"]). */
export function splitSignature(signature: string): string[] {
  const types: string[] = [];
  let i = 0;
  while (i < signature.length) {
    const end = completeTypeEnd(signature, i);
    types.push(signature.slice(i, end));
    i = end;
  }
  return types;
}

function completeTypeEnd(signature: string, start: number): number {
  const c = signature[start];
  if (c === undefined) throw new DbusWireError('truncated signature');
  if (c === 'a') return completeTypeEnd(signature, start + 1);
  if (c === '(' || c === '{') {
    const close = c === '(' ? ')' : '}';
    let i = start + 1;
    while (signature[i] !== close) {
      if (i >= signature.length) throw new DbusWireError('unbalanced signature');
      i = completeTypeEnd(signature, i);
    }
    return i + 1;
  }
  if (!'ybnqiuxtdsogvh'.includes(c)) throw new DbusWireError(`unsupported type ${c}`);
  return start + 1;
}

function alignment(type: string): number {
  switch (type[0]) {
    case 'y':
    case 'g':
    case 'v':
      return 1;
    case 'n':
    case 'q':
      return 2;
    case 'x':
    case 't':
    case 'd':
    case '(':
    case '{':
      return 8;
    default:
      return 4;
  }
}

/** Grows as it is written; offsets are from the start of the message (alignment). */
class Writer {
  private chunks: Buffer = Buffer.alloc(256);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.chunks.length) return;
    const next = Buffer.alloc(Math.max(this.chunks.length * 2, this.length + n));
    this.chunks.copy(next, 0, 0, this.length);
    this.chunks = next;
  }

  align(n: number): void {
    const pad = (n - (this.length % n)) % n;
    this.reserve(pad);
    this.chunks.fill(0, this.length, this.length + pad);
    this.length += pad;
  }

  byte(value: number): void {
    this.reserve(1);
    this.chunks.writeUInt8(value, this.length);
    this.length += 1;
  }

  uint32(value: number): void {
    this.align(4);
    this.reserve(4);
    this.chunks.writeUInt32LE(value, this.length);
    this.length += 4;
  }

  bytes(value: Buffer): void {
    this.reserve(value.length);
    value.copy(this.chunks, this.length);
    this.length += value.length;
  }

  patchUint32(offset: number, value: number): void {
    this.chunks.writeUInt32LE(value, offset);
  }

  result(): Buffer {
    return Buffer.from(this.chunks.subarray(0, this.length));
  }

  write(type: string, value: DbusValue): void {
    const c = type[0];
    switch (c) {
      case 'y':
        this.byte(value as number);
        return;
      case 'b':
        this.uint32(value ? 1 : 0);
        return;
      case 'u':
        this.uint32(value as number);
        return;
      case 's':
      case 'o': {
        const text = Buffer.from(value as string, 'utf8');
        this.uint32(text.length);
        this.bytes(text);
        this.byte(0);
        return;
      }
      case 'g': {
        const text = Buffer.from(value as string, 'ascii');
        this.byte(text.length);
        this.bytes(text);
        this.byte(0);
        return;
      }
      case 'v': {
        const variant = value as { signature: string; value: DbusValue };
        this.write('g', variant.signature);
        this.write(variant.signature, variant.value);
        return;
      }
      case 'a': {
        const element = type.slice(1);
        this.uint32(0);
        const lengthAt = this.length - 4;
        this.align(alignment(element));
        const start = this.length;
        if (element === 'y') this.bytes(value as Buffer);
        else for (const item of value as DbusValue[]) this.write(element, item);
        this.patchUint32(lengthAt, this.length - start);
        return;
      }
      case '(':
      case '{': {
        this.align(8);
        const fields = splitSignature(type.slice(1, -1));
        const items = value as DbusValue[];
        fields.forEach((field, i) => this.write(field, items[i]!));
        return;
      }
      default:
        throw new DbusWireError(`cannot write type ${type}`);
    }
  }
}

/** Reads values; dict entries come back as `[key, value]`, `ay` as a Buffer. */
export class DbusReader {
  constructor(
    private readonly buffer: Buffer,
    public offset: number,
  ) {}

  private need(n: number): void {
    if (this.offset + n > this.buffer.length) throw new DbusWireError('truncated message');
  }

  align(n: number): void {
    this.offset += (n - (this.offset % n)) % n;
  }

  read(type: string): DbusValue {
    const c = type[0];
    switch (c) {
      case 'y':
        this.need(1);
        return this.buffer.readUInt8(this.offset++);
      case 'b':
      case 'u':
      case 'i': {
        this.align(4);
        this.need(4);
        const value =
          c === 'i' ? this.buffer.readInt32LE(this.offset) : this.buffer.readUInt32LE(this.offset);
        this.offset += 4;
        return c === 'b' ? value !== 0 : value;
      }
      case 's':
      case 'o': {
        const length = this.read('u') as number;
        this.need(length + 1);
        const text = this.buffer.toString('utf8', this.offset, this.offset + length);
        this.offset += length + 1;
        return text;
      }
      case 'g': {
        const length = this.read('y') as number;
        this.need(length + 1);
        const text = this.buffer.toString('ascii', this.offset, this.offset + length);
        this.offset += length + 1;
        return text;
      }
      case 'v': {
        const signature = this.read('g') as string;
        if (splitSignature(signature).length !== 1) throw new DbusWireError('bad variant');
        return { signature, value: this.read(signature) };
      }
      case 'a': {
        const element = type.slice(1);
        const length = this.read('u') as number;
        this.align(alignment(element));
        this.need(length);
        const end = this.offset + length;
        if (element === 'y') {
          const bytes = Buffer.from(this.buffer.subarray(this.offset, end));
          this.offset = end;
          return bytes;
        }
        const items: DbusValue[] = [];
        while (this.offset < end) items.push(this.read(element));
        if (this.offset !== end) throw new DbusWireError('array overrun');
        return items;
      }
      case '(':
      case '{': {
        this.align(8);
        return splitSignature(type.slice(1, -1)).map((field) => this.read(field));
      }
      default:
        throw new DbusWireError(`cannot read type ${type}`);
    }
  }
}

export interface MethodCall {
  serial: number;
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: DbusValue[];
}

export interface Message {
  type: number; // 1 = method call, 2 = method return, 3 = error, 4 = signal
  serial: number;
  path?: string | undefined;
  interface?: string | undefined;
  member?: string | undefined;
  errorName?: string | undefined;
  replySerial?: number | undefined;
  destination?: string | undefined;
  signature?: string | undefined;
  body: DbusValue[];
}

// Header field codes and their types.
const FIELDS = [
  ['path', 1, 'o'],
  ['interface', 2, 's'],
  ['member', 3, 's'],
  ['errorName', 4, 's'],
  ['replySerial', 5, 'u'],
  ['destination', 6, 's'],
  ['signature', 8, 'g'],
] as const;

/** A whole message (the tests' fake Secret Service writes replies with it too). */
export function marshalMessage(message: Message): Buffer {
  const body = new Writer();
  const types = message.signature ? splitSignature(message.signature) : [];
  types.forEach((type, i) => body.write(type, message.body[i]!));
  const bodyBytes = body.result();

  const fields: DbusValue[] = [];
  for (const [name, code, signature] of FIELDS) {
    const value = message[name];
    if (value !== undefined && value !== '') fields.push([code, { signature, value }]);
  }
  const header = new Writer();
  header.bytes(Buffer.from([0x6c, message.type, 0, 1])); // little-endian, no flags, version 1
  header.uint32(bodyBytes.length);
  header.uint32(message.serial);
  header.write('a(yv)', fields);
  header.align(8);
  return Buffer.concat([header.result(), bodyBytes]);
}

export function marshalMethodCall(call: MethodCall): Buffer {
  return marshalMessage({ type: 1, body: [], ...call });
}

/**
 * The first whole message in `buffer` and its length, or null when more bytes are needed.
 */
export function unmarshalMessage(buffer: Buffer): { message: Message; length: number } | null {
  if (buffer.length < 16) return null;
  if (buffer[0] !== 0x6c) throw new DbusWireError('big-endian messages are not supported');
  const bodyLength = buffer.readUInt32LE(4);
  const fieldsLength = buffer.readUInt32LE(12);
  const headerEnd = 16 + fieldsLength + ((8 - ((16 + fieldsLength) % 8)) % 8);
  const length = headerEnd + bodyLength;
  if (length > 64 * 1024 * 1024) throw new DbusWireError('message too large');
  if (buffer.length < length) return null;

  const header = new DbusReader(buffer.subarray(0, headerEnd), 12);
  const message: Message = { type: buffer[1]!, serial: buffer.readUInt32LE(8), body: [] };
  for (const [code, variant] of header.read('a(yv)') as [number, { value: DbusValue }][]) {
    const field = FIELDS.find(([, c]) => c === code);
    if (field) (message as unknown as Record<string, DbusValue>)[field[0]] = variant.value;
  }
  const reader = new DbusReader(buffer.subarray(headerEnd, length), 0);
  message.body = splitSignature(message.signature ?? '').map((type) => reader.read(type));
  return { message, length };
}
