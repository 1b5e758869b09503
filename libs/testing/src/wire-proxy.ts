import { createConnection, createServer, type Socket } from 'node:net';
import { once } from 'node:events';

/**
 * A real TCP proxy in front of the MongoDB-wire database, for fault tests: it forwards bytes both ways and, when
 * armed, acts on the next client message that inserts into a given collection — holding it back for a while (a
 * slow writer), or letting it through and cutting the connection before the answer comes back (the write
 * applied, the writer told nothing: an ambiguous failure). Nothing of ours is mocked.
 */
export interface WireProxy {
  /** `mongodb://…` through the proxy. */
  uri: string;
  /** Delays the next insert into `collection` by `ms`. */
  delayNextInsert(collection: string, ms: number): void;
  /** Forwards the next insert into `collection`, then drops the connection instead of its answer. */
  cutAfterNextInsert(collection: string): void;
  /** How many armed faults have happened. */
  readonly triggered: number;
  close(): Promise<void>;
}

export async function startWireProxy(targetUri: string): Promise<WireProxy> {
  const target = new URL(targetUri);
  const sockets = new Set<Socket>();
  let armed: { collection: Buffer; act: 'delay' | 'cut'; ms: number } | undefined;
  let triggered = 0;
  const server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 27017) });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    let cutOnAnswer = false;
    let queue = Promise.resolve();
    client.on('data', (chunk) => {
      const fault = armed && insertsInto(chunk, armed.collection) ? armed : undefined;
      if (fault) [armed, triggered] = [undefined, triggered + 1];
      // Messages keep their order on a connection: a delayed one holds back those after it.
      queue = queue.then(async () => {
        if (fault?.act === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
        if (fault?.act === 'cut') cutOnAnswer = true;
        upstream.write(chunk);
      });
    });
    upstream.on('data', (chunk) => {
      if (!cutOnAnswer) return void client.write(chunk);
      client.destroy();
      upstream.destroy();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  const uri = new URL(targetUri);
  uri.host = `127.0.0.1:${port}`;
  return {
    uri: uri.toString(),
    delayNextInsert: (collection, ms) => (armed = { collection: bsonInsert(collection), act: 'delay', ms }),
    cutAfterNextInsert: (collection) => (armed = { collection: bsonInsert(collection), act: 'cut', ms: 0 }),
    get triggered() {
      return triggered;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The BSON element `insert: "<collection>"` that opens an insert command. */
function bsonInsert(collection: string): Buffer {
  const name = Buffer.from(`${collection}\0`);
  const length = Buffer.alloc(4);
  length.writeInt32LE(name.length);
  return Buffer.concat([Buffer.from([0x02]), Buffer.from('insert\0'), length, name]);
}

const insertsInto = (chunk: Buffer, element: Buffer) => chunk.includes(element);
