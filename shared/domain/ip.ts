// IP whitelist entries: IPv4 or IPv6 addresses, or CIDR ranges of either. Pure string parsing
// (shared/ has no Node `net`), strict enough to refuse what an exchange console would refuse.

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  if (text.length < 2 || text.length > 45) return false;
  let body = text;
  let groupsNeeded = 8;
  // An embedded IPv4 tail (::ffff:1.2.3.4) counts as two groups.
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIPv4(tail)) return false;
    body = body.slice(0, lastColon + 1) + '0';
    groupsNeeded = 7;
  }
  const doubleColons = body.split('::').length - 1;
  if (doubleColons > 1) return false;
  const hex = /^[0-9a-fA-F]{1,4}$/;
  if (doubleColons === 1) {
    const [head = '', rest = ''] = body.split('::');
    const headGroups = head === '' ? [] : head.split(':');
    const restGroups = rest === '' ? [] : rest.split(':');
    if (![...headGroups, ...restGroups].every((g) => hex.test(g))) return false;
    return headGroups.length + restGroups.length < groupsNeeded;
  }
  const groups = body.split(':');
  return groups.length === groupsNeeded && groups.every((g) => hex.test(g));
}

export type IpCheck = { ok: true; value: string } | { ok: false; reason: string };

/** Validates one whitelist entry and returns it trimmed. */
export function checkIpEntry(input: string): IpCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'an empty IP address' };
  const [address = '', prefix, extra] = text.split('/');
  if (extra !== undefined) return { ok: false, reason: `"${text}" has more than one "/"` };
  const v4 = isIPv4(address);
  const v6 = !v4 && isIPv6(address);
  if (!v4 && !v6) {
    return { ok: false, reason: `"${text}" is not an IPv4 or IPv6 address or CIDR range` };
  }
  if (prefix !== undefined) {
    const max = v4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) {
      return { ok: false, reason: `"${text}" has a prefix length outside 0-${max}` };
    }
  }
  return { ok: true, value: text };
}

export function isIpEntry(input: string): boolean {
  return checkIpEntry(input).ok;
}
