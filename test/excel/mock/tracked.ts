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
 *
 * Stricter than office-addin-mock, as Office.js is:
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (the library returns
 *   an error string instead; Office.js throws, excel-win32-16.01.debug.js:15798-15800);
 * - a sync or a command on a batch whose Excel.run has ended throws InvalidObjectPath
 *   (excel-win32-16.01.debug.js:11439: objects used "outside the sequential execution of a .run batch");
 * - a sync whose response (or request) exceeds 5 MB throws ResponsePayloadSizeLimitExceeded (or
 *   RequestPayloadSizeLimitExceeded), as Excel on the web does (office-js-docs-pr
 *   docs/excel/performance.md:127; the two codes: excel-win32-16.01.debug.js:10982-10988). The size
 *   counted is the JSON of each property value loaded (or written) since the last sync, which
 *   undercounts Excel's own envelope a little;
 * - a command Excel refuses fails the batch at its sync, not where it was queued, and the commands
 *   queued after it are not run while those before it stay done: the host runs a batch's actions in
 *   order and answers with the one that failed (Body.Error.ActionIndex,
 *   excel-win32-16.01.debug.js:14061-14063). No rollback is documented; none is modelled.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { officeError } from './book';

/**
 * What a command that will not run returns: an object any later command of the batch may be queued
 * on (a sheet added, a comment's id loaded), which does nothing, since the batch fails at its sync
 * before anything could be read from it.
 */
const NOT_RUN: Proxy = new Proxy(function notRun() {}, {
  get: (_, k) => (k === 'then' ? undefined : NOT_RUN),
  apply: () => NOT_RUN,
  set: () => true,
});

/** An error as Excel reports it (with its code), as opposed to a mistake in the double or the test. */
const isOfficeError = (e: unknown): e is Error & { code: string } => e instanceof Error && typeof (e as { code?: unknown }).code === 'string';

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

/** Excel on the web's limit on a request and on a response, 5 MB (docs/excel/performance.md:127), taken as 5,000,000 bytes. */
export const PAYLOAD_LIMIT = 5_000_000;
const bytes = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v) ?? '').length;

/** A property's value as stored, whether loaded or not (the strict getter below would throw). */
const stored = new WeakMap<object, Map<string, unknown>>();
const rawGet = (o: Proxy, k: string): unknown => {
  const m = stored.get(o as object);
  return m && m.has(k) ? m.get(k) : (o as Record<string, unknown>)[k];
};

/** The library's own update reads a property to see whether it still holds an error string (officeMockObject.js, updatePropertyCall); the same, through the stored value. */
function storedUpdate(this: Internals & Record<string, unknown>, k: string): void {
  const child = this._properties.get(k) as (Internals & { _isObject?: boolean; _value?: unknown }) | undefined;
  if (child?._isObject) this[k] = child;
  else if (NOT_LOADED.includes(rawGet(this, k) as string)) this[k] = child?._value;
}

/**
 * Turns each property a proxy can load (its `reads`) into an accessor that throws PropertyNotLoaded
 * where office-addin-mock would hand back its error string.
 */
function strict(mock: Proxy, reads: Reads): void {
  for (const path of Object.keys(reads)) {
    const keys = path.split('/');
    const k = keys[keys.length - 1]!;
    const o = keys.slice(0, -1).reduce((x: Proxy, key) => x[key], mock) as Record<string, unknown>;
    let values = stored.get(o);
    if (!values) {
      stored.set(o, (values = new Map()));
      (o as { updatePropertyCall: unknown }).updatePropertyCall = storedUpdate;
    }
    const m = values;
    m.set(k, o[k]);
    Object.defineProperty(o, k, {
      configurable: true,
      enumerable: true,
      get: () => {
        const v = m.get(k);
        if (typeof v === 'string' && NOT_LOADED.includes(v)) {
          throw officeError('PropertyNotLoaded', `The property '${path}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
        }
        return v;
      },
      set: (v: unknown) => void m.set(k, v),
    });
  }
}

const getPath = (o: Proxy, path: string): unknown => {
  const keys = path.split('/');
  const parent = keys.slice(0, -1).reduce((x: Proxy, k) => (x === undefined || x === null ? undefined : x[k]), o);
  return parent === undefined || parent === null ? undefined : rawGet(parent, keys[keys.length - 1]!);
};

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
  /** A command of this batch was refused: the rest of the batch does not run (see above). */
  private halted = false;
  /** Methods called since the last sync (their effects are already in the workbook). */
  dirty = false;
  /** Set when the batch's Excel.run has ended; reopened by Excel.run(context, …) on the same context. */
  closed = false;
  /** Loaded leaves whose value a response has carried already. */
  private sent = new WeakSet<object>();

  constructor(
    private readonly onSync: () => void | Promise<void>,
    private readonly onPayload: (p: { request: number; response: number }) => void = () => undefined,
  ) {}

  private open(): void {
    if (this.closed) throw officeError('InvalidObjectPath', 'an object was used after its Excel.run ended (use context.trackedObjects, or a new Excel.run)');
  }

  /** An OfficeMockObject whose `reads` come from the workbook at sync and whose `writes` go to it. */
  make(reads: Reads, writes: Writes, methods: Record<string, unknown> = {}, fields: Record<string, unknown> = {}): Proxy {
    const data: Record<string, unknown> = {};
    for (const p of [...Object.keys(reads), ...Object.keys(writes)]) setPath(data, p, undefined);
    merge(data, methods);
    const mock: Proxy = new OfficeMockObject(data);
    strict(mock, reads);
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
      this.open();
      this.flush();
      this.dirty = true;
      if (this.halted) return NOT_RUN as R;
      try {
        return f(...args);
      } catch (e) {
        if (!isOfficeError(e)) throw e;
        this.refuse(e);
        return NOT_RUN as R;
      }
    };
  }

  /** Excel refused a command: the batch fails at its sync and runs nothing queued after it. */
  private refuse(e: Error): void {
    this.failures.push(e);
    this.halted = true;
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
    this.refuse(e);
  }

  /**
   * Applies the assignments made since the last flush; returns the bytes they carry (0: none). An
   * assignment Excel refuses halts the batch; those after it are dropped.
   */
  flush(): number {
    let wrote = 0;
    for (const t of this.tracked) {
      for (const [p, apply] of Object.entries(t.writes)) {
        const v = getPath(t.mock, p);
        if (v === t.snapshot.get(p) || (typeof v === 'string' && NOT_LOADED.includes(v))) continue;
        t.snapshot.set(p, v);
        wrote += Math.max(1, bytes(v));
        if (this.halted) continue;
        try {
          apply(v);
        } catch (e) {
          if (!isOfficeError(e)) throw e;
          this.refuse(e);
        }
      }
    }
    return wrote;
  }

  async sync(): Promise<void> {
    this.open();
    await this.onSync();
    this.dirty = false;
    const request = this.flush();
    const failure = this.failures.shift();
    this.failures = [];
    this.halted = false;
    if (failure) {
      this.collectionLoads = [];
      throw failure;
    }
    if (request > PAYLOAD_LIMIT) throw officeError('RequestPayloadSizeLimitExceeded', `the request carries ${request} bytes, over Excel on the web's 5 MB`);
    const loads = this.collectionLoads;
    this.collectionLoads = [];
    for (const load of loads) load();
    let response = 0;
    for (const t of this.tracked) {
      for (const [p, read] of Object.entries(t.reads)) {
        const leaf = p.split('/').reduce<Internals | undefined>((m, k) => m?._properties.get(k), t.mock as Internals);
        if (!leaf?._loaded) continue;
        leaf._valueBeforeLoaded = read();
        if (!this.sent.has(leaf)) {
          this.sent.add(leaf);
          response += bytes(leaf._valueBeforeLoaded);
        }
      }
    }
    this.onPayload({ request, response });
    if (response > PAYLOAD_LIMIT) throw officeError('ResponsePayloadSizeLimitExceeded', `the response carries ${response} bytes, over Excel on the web's 5 MB`);
    // The prototype's sync: the context's own `sync` is this method.
    await Promise.all(this.tracked.map((t) => OfficeMockObject.prototype.sync.call(t.mock)));
    // OfficeMockObject syncs nested objects without awaiting them: let every promise settle.
    await new Promise((resolve) => setImmediate(resolve));
    for (const t of this.tracked) for (const p of Object.keys(t.writes)) t.snapshot.set(p, getPath(t.mock, p));
  }

  /** After the batch: nothing may be left that no sync sent. */
  finish(): void {
    const left = this.dirty || this.flush() > 0 || this.failures.length > 0;
    this.closed = true;
    if (left) throw new Error('the batch queued commands after its last context.sync()');
  }
}
