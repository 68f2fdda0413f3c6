import { BlockList, isIPv6 } from 'node:net';

/**
 * esup-sgc answers its wsrest API only to the addresses its Spring Security configuration lists (hasIpAddress).
 * Entries: `loopback`, an address, or a subnet (`10.0.0.0/8`, `2001:db8::/32`).
 */
export function allowedAddresses(entries: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const family = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  // BlockList matches an IPv4-mapped IPv6 address (::ffff:127.0.0.1) against IPv4 rules too.
  return address => address !== undefined && list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** A comma-separated environment variable (ESUP_ALLOWED, ESUP_REFUSED) as its entries. */
export const listFrom = (text: string) =>
  text
    .split(',')
    .map(entry => entry.trim())
    .filter(Boolean);
