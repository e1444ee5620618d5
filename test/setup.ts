import net from 'node:net';

// Outbound network is an error in tests (docs/development.md, Conventions): only loopback and local sockets are allowed.
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const LOOPBACK_ONLY = Symbol.for('hcfl.test.loopbackOnly');
const current = net.Socket.prototype.connect as typeof net.Socket.prototype.connect & {
  [LOOPBACK_ONLY]?: true;
};
// Test files share a worker's modules (vitest.config.ts: isolate false): patch once per process.
const originalConnect = current[LOOPBACK_ONLY] ? undefined : current;

if (originalConnect)
  net.Socket.prototype.connect = Object.assign(
    function connect(this: net.Socket, ...args: unknown[]) {
      const first = args[0] as { host?: string; path?: string; port?: number } | number | string | unknown[];
      const options = Array.isArray(first) ? (first[0] as { host?: string; path?: string }) : first;
      const host =
        typeof options === 'object' && options !== null
          ? options.path
            ? 'localhost'
            : (options.host ?? 'localhost')
          : typeof args[1] === 'string'
            ? args[1]
            : 'localhost';
      if (!LOOPBACK.test(host)) throw new Error(`Outbound network access to ${host} is not allowed in tests`);
      return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect,
    { [LOOPBACK_ONLY]: true as const },
  );
