// A machine's whole state as data that survives structured clone (postMessage), so a worker can
// replay a long share link and hand the result to the page, which rebuilds the machine in a few
// milliseconds instead of replaying it again. Snapshots are produced by this engine and passed
// between its own threads; they are never read from a link (a link carries only typed lines).
//
// The state is walked generically: plain objects, arrays, Maps, Sets and instances of the engine's
// classes (Kernel, Fs, Shell...). A class instance is copied with its class name, and gets its
// prototype back from the same class found in a fresh machine. The system module (code) is
// replaced by a marker. Anything else (a function, a pending question's callback) cannot be
// snapshotted: such a machine is replayed instead.
import type { SystemId } from './kernel.ts';
import { SimStateError } from './state.ts';

export interface MachineSnapshot {
  system: SystemId;
  root: unknown;
}

/** Property naming the class of a copied instance ('' for an object without a prototype). */
const CLASS = '\u0000class';
/** Property marking where the system module (code, not state) was. */
const MODULE = '\u0000module';

type Obj = Record<string, unknown>;

function isPlain(proto: unknown): boolean {
  return proto === Object.prototype;
}

function setOwn(target: Obj, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true });
  else target[key] = value;
}

/** A copy of the machine's object graph that structured clone keeps whole (shared references included). */
export function takeSnapshot(machine: object, system: SystemId, sysmod: object): MachineSnapshot {
  const copies = new Map<object, unknown>();
  const copy = (value: unknown, path: string): unknown => {
    if (typeof value === 'function') throw new SimStateError(`The machine cannot be snapshotted (code at ${path}).`);
    if (typeof value !== 'object' || value === null) return value;
    const done = copies.get(value);
    if (done !== undefined) return done;
    if (value === sysmod) return { [MODULE]: true };
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      for (let i = 0; i < value.length; i++) out.push(copy(value[i], path));
      return out;
    }
    if (value instanceof Map) {
      const out = new Map();
      copies.set(value, out);
      for (const [k, v] of value) out.set(copy(k, path), copy(v, `${path}.${String(k)}`));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set();
      copies.set(value, out);
      for (const v of value) out.add(copy(v, path));
      return out;
    }
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    const out: Obj = {};
    copies.set(value, out);
    if (proto === null) out[CLASS] = '';
    else if (!isPlain(proto)) {
      const name = proto.constructor?.name;
      if (!name || proto.constructor === Date || proto.constructor === RegExp || value instanceof Error)
        throw new SimStateError(`The machine cannot be snapshotted (${name ?? 'object'} at ${path}).`);
      out[CLASS] = name;
    }
    for (const key of Object.keys(value)) setOwn(out, key, copy((value as Obj)[key], `${path}.${key}`));
    return out;
  };
  return { system, root: copy(machine, 'machine') };
}

/** The engine's classes, by name, as found in a live machine's object graph. */
function classesOf(root: object, sysmod: object): Map<string, object> {
  const classes = new Map<string, object>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || value === sysmod || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value) || value instanceof Set) {
      for (const v of value) walk(v);
      return;
    }
    if (value instanceof Map) {
      for (const [k, v] of value) {
        walk(k);
        walk(v);
      }
      return;
    }
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    if (proto && !isPlain(proto) && proto.constructor?.name) classes.set(proto.constructor.name, proto);
    for (const key of Object.keys(value)) walk((value as Obj)[key]);
  };
  walk(root);
  return classes;
}

/**
 * Rebuilds, in place, the machine a snapshot was taken of. `fresh` is a new machine of the same
 * system (it lends the classes' prototypes); `sysmod` is the system module to put back.
 */
export function fromSnapshot(snapshot: MachineSnapshot, fresh: object, sysmod: object): object {
  const classes = classesOf(fresh, sysmod);
  const revived = new Map<object, unknown>();
  const revive = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const done = revived.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      revived.set(value, value);
      for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      return value;
    }
    if (value instanceof Map) {
      revived.set(value, value);
      const entries = [...value];
      value.clear();
      for (const [k, v] of entries) value.set(revive(k), revive(v));
      return value;
    }
    if (value instanceof Set) {
      revived.set(value, value);
      const items = [...value];
      value.clear();
      for (const v of items) value.add(revive(v));
      return value;
    }
    const obj = value as Obj;
    if (obj[MODULE] === true) {
      revived.set(value, sysmod);
      return sysmod;
    }
    revived.set(value, value);
    if (CLASS in obj) {
      const name = obj[CLASS] as string;
      const proto = name === '' ? null : classes.get(name);
      if (proto === undefined) throw new SimStateError(`The snapshot holds a ${name} this engine does not know.`);
      delete obj[CLASS];
      Object.setPrototypeOf(obj, proto);
    }
    for (const key of Object.keys(obj)) setOwn(obj, key, revive(obj[key]));
    return obj;
  };
  if (typeof snapshot?.root !== 'object' || snapshot.root === null) throw new SimStateError('The snapshot is empty.');
  return revive(snapshot.root) as object;
}
