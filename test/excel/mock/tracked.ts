/**
 * Office.js proxies made with office-addin-mock's OfficeMockObject, and what office-addin-mock
 * leaves out. The library gives each proxy load/sync semantics (a property read before load and
 * sync is an error string), but its values are fixed when the object is made and its sync reaches
 * only the object it is called on. Here every proxy a batch makes is tracked by its context, and
 * `context.sync()`:
 *
 *   1. applies the properties the batch assigned (values, format/fill/color, …) to the workbook,
 *      proxy by proxy in the order they were made;
 *   2. fills the collections a batch loaded ('items/…') with item proxies;
 *   3. sets every loaded property to what the workbook holds now, and syncs every proxy.
 *
 * Methods take effect when called, after the assignments made before them. So a load sees the
 * writes queued before it in the same batch, and commands run in the order queued, as in Excel. A batch that ends
 * with assignments or method calls after its last sync fails, as they would be lost.
 */
import { OfficeMockObject } from 'office-addin-mock';

interface Internals {
  _properties: Map<string, Internals>;
  _loaded: boolean;
  _valueBeforeLoaded: unknown;
}

export type Reads = Record<string, () => unknown>;
export type Writes = Record<string, (v: unknown) => void>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- proxies stand in for any Office.js object
export type Proxy = any;

interface Tracked {
  mock: Proxy;
  reads: Reads;
  writes: Writes;
  snapshot: Map<string, unknown>;
}

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];

const getPath = (o: Proxy, path: string): unknown => path.split('/').reduce((x: Proxy, k) => (x === undefined || x === null ? undefined : x[k]), o);

function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('/');
  let at = data;
  keys.slice(0, -1).forEach((k) => {
    const next = (at[k] ??= {});
    at = next as Record<string, unknown>;
  });
  at[keys[keys.length - 1]!] = value;
}

function merge(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) merge((into[k] ??= {}) as Record<string, unknown>, v as Record<string, unknown>);
    else into[k] = v;
  }
}

export class Batch {
  private tracked: Tracked[] = [];
  private collectionLoads: (() => void)[] = [];
  private failures: Error[] = [];
  /** Methods called since the last sync (their effects are already in the workbook). */
  dirty = false;

  constructor(private readonly onSync: () => void) {}

  /** An OfficeMockObject whose `reads` come from the workbook at sync and whose `writes` go to it. */
  make(reads: Reads, writes: Writes, methods: Record<string, unknown> = {}, fields: Record<string, unknown> = {}): Proxy {
    const data: Record<string, unknown> = {};
    for (const p of [...Object.keys(reads), ...Object.keys(writes)]) setPath(data, p, undefined);
    merge(data, methods);
    const mock: Proxy = new OfficeMockObject(data);
    Object.assign(mock, fields);
    const t: Tracked = { mock, reads, writes, snapshot: new Map() };
    for (const p of Object.keys(writes)) t.snapshot.set(p, getPath(mock, p));
    this.tracked.push(t);
    return mock;
  }

  /**
   * A method with an effect. It takes effect when called, after the assignments queued before it
   * (so protect() after a write finds the write done, as Excel runs a batch in order), and marks the
   * batch as having commands to sync.
   */
  effect<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      this.flush();
      this.dirty = true;
      return f(...args);
    };
  }

  /** Makes `coll.load('items/a,items/b')` fill `coll.items` at the next sync. */
  collection(coll: Proxy, items: () => Proxy[]): Proxy {
    coll.load = (arg: string) => {
      const props = String(arg)
        .split(',')
        .map((p) => p.trim().replace(/^items\//u, ''));
      this.collectionLoads.push(() => {
        coll.items = items().map((item: Proxy) => item.load(props));
      });
      return coll;
    };
    return coll;
  }

  /** An error Excel would report at the next sync (ItemNotFound for a missing sheet or note). */
  failAtSync(e: Error): void {
    this.failures.push(e);
  }

  flush(): boolean {
    let wrote = false;
    for (const t of this.tracked) {
      for (const [p, apply] of Object.entries(t.writes)) {
        const v = getPath(t.mock, p);
        if (v === t.snapshot.get(p) || (typeof v === 'string' && NOT_LOADED.includes(v))) continue;
        t.snapshot.set(p, v);
        apply(v);
        wrote = true;
      }
    }
    return wrote;
  }

  async sync(): Promise<void> {
    this.onSync();
    this.dirty = false;
    const failure = this.failures.shift();
    this.failures = [];
    if (failure) {
      this.collectionLoads = [];
      throw failure;
    }
    this.flush();
    const loads = this.collectionLoads;
    this.collectionLoads = [];
    for (const load of loads) load();
    for (const t of this.tracked) {
      for (const [p, read] of Object.entries(t.reads)) {
        const leaf = p.split('/').reduce<Internals | undefined>((m, k) => m?._properties.get(k), t.mock as Internals);
        if (leaf?._loaded) leaf._valueBeforeLoaded = read();
      }
    }
    // The prototype's sync: the context's own `sync` is this method.
    await Promise.all(this.tracked.map((t) => OfficeMockObject.prototype.sync.call(t.mock)));
    // OfficeMockObject syncs nested objects without awaiting them: let every promise settle.
    await new Promise((resolve) => setImmediate(resolve));
    for (const t of this.tracked) for (const p of Object.keys(t.writes)) t.snapshot.set(p, getPath(t.mock, p));
  }

  /** After the batch: nothing may be left that no sync sent. */
  finish(): void {
    if (this.dirty || this.flush() || this.failures.length) throw new Error('the batch queued commands after its last context.sync()');
  }
}
