import net from 'node:net';

/**
 * Which URLs a provider may register as a webhook endpoint: HTTPS only in production; no literal
 * private, loopback or link-local address (a name that resolves to one is refused again at delivery,
 * after DNS, by request-filtering-agent: src/webhooks/send.ts); no credentials in the URL. Outside
 * production http://127.0.0.1:… (and localhost) is allowed, so the demo and tests work on one machine.
 *
 * @example endpointUrlRefusal('http://10.0.0.5/hook', { production: false }) // 'must not be a private…'
 */
export function endpointUrlRefusal(value: string, options: { production: boolean }): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  const loopback = isLoopback(url.hostname);
  if (options.production) {
    if (url.protocol !== 'https:') return 'must be an https URL';
    if (loopback) return 'must not be a loopback address';
  } else if (url.protocol !== 'https:' && !loopback) {
    return 'must be an https URL (http is allowed only for 127.0.0.1 and localhost outside production)';
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) !== 0 && !loopback && isPrivateAddress(host)) {
    return 'must not be a private, loopback or link-local address';
  }
  return undefined;
}

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Private, loopback, link-local, shared, unspecified and multicast ranges (IPv4 and IPv6). */
export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const [a = 0, b = 0] = address.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase();
  if (v6.startsWith('::ffff:')) return isPrivateAddress(v6.slice(7));
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff');
}
