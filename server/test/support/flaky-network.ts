import net from 'node:net';

/**
 * A phone's Wi-Fi, as a TCP proxy on loopback between a client and the server. It can drop the
 * network (every open connection is reset and new ones die at once, as when a phone loses the
 * access point) and bring it back; both ends only learn about it the way they would for real.
 */
export class FlakyNetwork {
  private readonly open = new Set<net.Socket>();
  private down = false;
  /** Between a marker sent and the cut: answers are swallowed. */
  private silenced = false;
  private trigger: { marker: Buffer; afterMs: number; done: () => void } | null = null;

  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  /** `listenPort`: 0 for any free port, or one the server was told is its own address too. */
  static async start(
    targetPort: number,
    targetHost = '127.0.0.1',
    listenPort = 0,
  ): Promise<FlakyNetwork> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || address === null) throw new Error('proxy has no port');
    const network = new FlakyNetwork(server, address.port);
    server.on('connection', (phoneSide) => network.carry(phoneSide, targetPort, targetHost));
    return network;
  }

  /** The address to give the client instead of the server's. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The network is gone: open connections are reset, new ones are reset as they come. */
  cut(): void {
    this.down = true;
    for (const socket of this.open) socket.resetAndDestroy();
    this.open.clear();
  }

  restore(): void {
    this.down = false;
    this.silenced = false;
  }

  /**
   * Cuts the network `afterMs` after the client next sends `marker`: the server gets the
   * request, and from then on the client hears nothing back. Resolves once it is cut.
   */
  cutOnceSent(marker: string, afterMs = 100): Promise<void> {
    return new Promise((resolve) => {
      this.trigger = {
        marker: Buffer.from(marker),
        afterMs,
        done: () => {
          this.cut();
          resolve();
        },
      };
    });
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private carry(phoneSide: net.Socket, port: number, host: string): void {
    if (this.down) {
      phoneSide.resetAndDestroy();
      return;
    }
    const serverSide = net.connect(port, host);
    // Once the marker went out, nothing more comes back on any connection until the cut.
    let silent = false;
    phoneSide.on('data', (chunk: Buffer) => {
      serverSide.write(chunk);
      const trigger = this.trigger;
      if (trigger && chunk.includes(trigger.marker)) {
        this.trigger = null;
        this.silenced = true;
        setTimeout(trigger.done, trigger.afterMs);
      }
    });
    serverSide.on('data', (chunk: Buffer) => {
      silent ||= this.silenced;
      if (!silent) phoneSide.write(chunk);
    });
    for (const [socket, other] of [
      [phoneSide, serverSide],
      [serverSide, phoneSide],
    ] as const) {
      this.open.add(socket);
      socket.on('error', () => other.destroy());
      socket.on('close', () => {
        this.open.delete(socket);
        other.destroy();
      });
    }
  }
}
