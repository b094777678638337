// A machine's whole state as data that survives structured clone (postMessage), so a worker can
// replay a long share link and hand the result to the page, which rebuilds the machine in a few
// milliseconds instead of replaying it again. Snapshots are produced by this engine and passed
// between its own threads; they are never read from a link (a link carries only typed lines).
//
// The state is walked generically: plain objects, arrays, Maps, Sets and instances of the engine's
// classes (Kernel, Fs, Shell...). A class instance is copied with the class's position in a fresh
// machine's object graph (class names do not survive minification, and the worker and the page
// are bundled apart), and gets that class's prototype back. The system module (code) is replaced
// by a marker. Anything else (a function, a pending question's callback, a class a fresh machine
// does not have) cannot be snapshotted: such a machine is replayed instead.
import type { SystemId } from './kernel.ts';
import { SimStateError } from './state.ts';

export interface MachineSnapshot {
  system: SystemId;
  root: unknown;
}

/** Property holding the class of a copied instance: its index in classesOf(), or -1 for no prototype. */
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
export function takeSnapshot(machine: object, fresh: object, system: SystemId, sysmod: object): MachineSnapshot {
  const classes = classesOf(fresh, sysmod);
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
    const proto = Object.getPrototypeOf(value) as object | null;
    const out: Obj = {};
    copies.set(value, out);
    if (proto === null) out[CLASS] = -1;
    else if (!isPlain(proto)) {
      const index = classes.indexOf(proto);
      if (index < 0) throw new SimStateError(`The machine cannot be snapshotted (an unknown class at ${path}).`);
      out[CLASS] = index;
    }
    for (const key of Object.keys(value)) setOwn(out, key, copy((value as Obj)[key], `${path}.${key}`));
    return out;
  };
  return { system, root: copy(machine, 'machine') };
}

/** The engine's classes in the order a walk of a fresh machine meets them (the same in every bundle). */
function classesOf(root: object, sysmod: object): object[] {
  const classes: object[] = [];
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
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto && !isPlain(proto) && !classes.includes(proto)) classes.push(proto);
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
      const index = obj[CLASS] as number;
      const proto = index === -1 ? null : classes[index];
      if (proto === undefined) throw new SimStateError('The snapshot holds a class this engine does not know.');
      delete obj[CLASS];
      Object.setPrototypeOf(obj, proto);
    }
    for (const key of Object.keys(obj)) setOwn(obj, key, revive(obj[key]));
    return obj;
  };
  if (typeof snapshot?.root !== 'object' || snapshot.root === null) throw new SimStateError('The snapshot is empty.');
  return revive(snapshot.root) as object;
}
