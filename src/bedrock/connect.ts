// The socket under the SDK's HTTP/2 session, opened by us so a host that never answers fails after a
// few seconds (ProviderError 'timeout') instead of the operating system's minutes.
import net from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

/** Thrown (through the SDK) when the TCP or TLS handshake takes longer than allowed. */
export class ConnectTimeoutError extends Error {
  override readonly name = 'ConnectTimeoutError';
  readonly code = 'ETIMEDOUT';
}

export function connectWithTimeout(url: URL, timeoutMs: number): Duplex {
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (secure ? 443 : 80);
  const socket = secure
    ? tls.connect({ host, port, ALPNProtocols: ['h2'], ...(net.isIP(host) ? {} : { servername: host }) })
    : net.connect({ host, port });
  const timer = setTimeout(() => {
    socket.destroy(new ConnectTimeoutError(`could not connect to ${url.host} within ${timeoutMs} ms`));
  }, timeoutMs);
  timer.unref();
  socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(timer));
  socket.once('close', () => clearTimeout(timer));
  return socket;
}
