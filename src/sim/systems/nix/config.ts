// Evaluates a NixOS configuration module (the tree from parse.ts) into the options the simulator
// acts on: environment.systemPackages, services.openssh.enable, users.users.<name>,
// networking.hostName and system.stateVersion. Pure: source text in, options or Nix's error out.
// Evaluation errors use Nix's wording ("undefined variable 'x'", "attribute 'x' missing"); type
// errors use the module system's ("is not of type `boolean'", nixpkgs lib/types.nix and
// lib/modules.nix).
import { type Bind, type NixExpr, NixError, type Pos, formatNixError, parseNix } from './parse.ts';

export interface UserConfig {
  name: string;
  isNormalUser: boolean;
  extraGroups: string[];
  description: string;
  home: string;
}

export interface NixosConfig {
  packages: string[];
  sshd: boolean;
  users: UserConfig[];
  hostName: string;
  stateVersion: string;
}

type Value = number | string | boolean | null | Value[] | Attrs | Fn | Pkg | PathV;
interface Attrs {
  [key: string]: Value;
}
interface Fn {
  fn: (v: Value) => Value;
}
interface Pkg {
  pkg: string;
}
interface PathV {
  path: string;
}

const isObj = (v: Value): v is Attrs | Fn | Pkg | PathV => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFn = (v: Value): v is Fn => isObj(v) && typeof (v as Fn).fn === 'function';
const isPkg = (v: Value): v is Pkg => isObj(v) && typeof (v as Pkg).pkg === 'string';
const isPath = (v: Value): v is PathV => isObj(v) && typeof (v as PathV).path === 'string';
const isAttrs = (v: Value): v is Attrs => isObj(v) && !isFn(v) && !isPkg(v) && !isPath(v);

type Scope = { vars: Map<string, () => Value>; withs: Attrs[]; parent: Scope | null };

function lookup(scope: Scope, name: string): (() => Value) | undefined {
  for (let s: Scope | null = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v) return v;
  }
  for (let s: Scope | null = scope; s; s = s.parent)
    for (const w of s.withs) if (Object.hasOwn(w, name)) return () => w[name] as Value;
  return undefined;
}

function typeName(v: Value): string {
  if (typeof v === 'number') return 'an integer';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'boolean') return 'a Boolean';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isFn(v)) return 'a function';
  if (isPath(v)) return 'a path';
  return 'a set';
}

/** Deep-merges `b` into `a` the way the module system merges definitions of nested options. */
function merge(a: Attrs, b: Attrs): Attrs {
  const out: Attrs = Object.assign(Object.create(null), a);
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (prev !== undefined && isAttrs(prev) && isAttrs(v)) out[k] = merge(prev, v);
    else if (Array.isArray(prev) && Array.isArray(v)) out[k] = [...prev, ...v];
    else out[k] = v;
  }
  return out;
}

class Evaluator {
  private readonly pkgs: Attrs;
  constructor(known: string[]) {
    this.pkgs = Object.create(null);
    for (const p of known) this.pkgs[p] = { pkg: p };
  }

  rootScope(): Scope {
    const vars = new Map<string, () => Value>([
      ['true', () => true],
      ['false', () => false],
      ['null', () => null],
      ['pkgs', () => this.pkgs],
      ['lib', () => this.lib()],
      ['builtins', () => Object.create(null) as Attrs],
      ['config', () => Object.create(null) as Attrs],
      ['modulesPath', () => ({ path: '/nix/store/nixos/modules' })],
    ]);
    return { vars, withs: [], parent: null };
  }

  private lib(): Attrs {
    const id: Fn = { fn: (v) => v };
    return Object.assign(Object.create(null) as Attrs, { mkDefault: id, mkForce: id, mkOverride: { fn: () => id } });
  }

  eval(e: NixExpr, scope: Scope): Value {
    switch (e.k) {
      case 'int':
        return e.value;
      case 'str':
        return e.value;
      case 'path':
        return { path: e.value };
      case 'var': {
        const v = lookup(scope, e.name);
        if (!v) throw new NixError(`undefined variable '${e.name}'`, e.pos);
        return v();
      }
      case 'list':
        return e.items.map((i) => this.eval(i, scope));
      case 'attrs':
        return this.attrs(e.binds, scope, e.rec);
      case 'select': {
        let v = this.eval(e.e, scope);
        for (const name of e.path) {
          if (!isAttrs(v) || !Object.hasOwn(v, name)) {
            if (e.or) return this.eval(e.or, scope);
            if (!isAttrs(v)) throw new NixError(`expected a set but found ${typeName(v)}`, e.pos);
            throw new NixError(`attribute '${name}' missing`, e.pos);
          }
          v = v[name] as Value;
        }
        return v;
      }
      case 'call': {
        const f = this.eval(e.fn, scope);
        if (!isFn(f)) throw new NixError(`attempt to call something which is not a function but ${typeName(f)}`, e.pos);
        return f.fn(this.eval(e.arg, scope));
      }
      case 'lambda':
        return {
          fn: (arg) => {
            const vars = new Map<string, () => Value>();
            if (e.arg) vars.set(e.arg, () => arg);
            if (e.formals) {
              if (!isAttrs(arg)) throw new NixError(`expected a set but found ${typeName(arg)}`, e.pos);
              for (const f of e.formals) vars.set(f, () => arg[f] ?? null);
            }
            return this.eval(e.body, { vars, withs: [], parent: scope });
          },
        };
      case 'with': {
        const w = this.eval(e.scope, scope);
        if (!isAttrs(w)) throw new NixError(`expected a set but found ${typeName(w)}`, e.pos);
        return this.eval(e.body, { vars: new Map(), withs: [w], parent: scope });
      }
      case 'let': {
        const inner: Scope = { vars: new Map(), withs: [], parent: scope };
        const set = this.attrs(e.binds, inner, true, inner);
        for (const [k, v] of Object.entries(set)) inner.vars.set(k, () => v);
        return this.eval(e.body, inner);
      }
      case 'if': {
        const c = this.eval(e.cond, scope);
        if (typeof c !== 'boolean') throw new NixError(`expected a Boolean but found ${typeName(c)}`, e.pos);
        return this.eval(c ? e.yes : e.no, scope);
      }
      case 'not': {
        const v = this.eval(e.e, scope);
        if (typeof v !== 'boolean') throw new NixError(`expected a Boolean but found ${typeName(v)}`, e.pos);
        return !v;
      }
      case 'op':
        return this.op(e.op, this.eval(e.a, scope), e.op === '?' ? null : this.eval(e.b, scope), e);
    }
  }

  private op(op: string, a: Value, b: Value, e: NixExpr & { k: 'op' }): Value {
    switch (op) {
      case '++':
        if (!Array.isArray(a) || !Array.isArray(b))
          throw new NixError(`expected a list but found ${typeName(Array.isArray(a) ? b : a)}`, e.pos);
        return [...a, ...b];
      case '//':
        if (!isAttrs(a) || !isAttrs(b))
          throw new NixError(`expected a set but found ${typeName(isAttrs(a) ? b : a)}`, e.pos);
        return Object.assign(Object.create(null) as Attrs, a, b);
      case '+':
        if (typeof a === 'number' && typeof b === 'number') return a + b;
        if (typeof a === 'string' && typeof b === 'string') return a + b;
        throw new NixError(`cannot add ${typeName(b)} to ${typeName(a)}`, e.pos);
      case '-':
      case '*':
      case '/':
        if (typeof a !== 'number' || typeof b !== 'number')
          throw new NixError(`expected an integer but found ${typeName(typeof a === 'number' ? b : a)}`, e.pos);
        if (op === '/' && b === 0) throw new NixError('division by zero', e.pos);
        return op === '-' ? a - b : op === '*' ? a * b : Math.trunc(a / b);
      case '==':
        return JSON.stringify(a) === JSON.stringify(b);
      case '!=':
        return JSON.stringify(a) !== JSON.stringify(b);
      case '&&':
      case '||':
      case '->':
        if (typeof a !== 'boolean' || typeof b !== 'boolean')
          throw new NixError(`expected a Boolean but found ${typeName(typeof a === 'boolean' ? b : a)}`, e.pos);
        return op === '&&' ? a && b : op === '||' ? a || b : !a || b;
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string'))
          throw new NixError(`cannot compare ${typeName(a)} with ${typeName(b)}`, e.pos);
        const x = a as number | string;
        const y = b as number | string;
        return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
      }
      case '?': {
        const path = e.b.k === 'str' ? e.b.value.split('.') : [];
        let v: Value = a;
        for (const p of path) {
          if (!isAttrs(v) || !Object.hasOwn(v, p)) return false;
          v = v[p] as Value;
        }
        return true;
      }
      default:
        throw new NixError(`unsupported operator '${op}'`, e.pos);
    }
  }

  /** An attribute set; dotted paths make nested sets, and defining a name twice is Nix's error. */
  attrs(binds: Bind[], scope: Scope, rec: boolean, into?: Scope): Attrs {
    const out: Attrs = Object.create(null);
    const inner: Scope = into ?? (rec ? { vars: new Map(), withs: [], parent: scope } : scope);
    const defined = new Map<string, Pos>();
    for (const b of binds) {
      if (b.k === 'inherit') {
        for (const name of b.names) {
          if (b.from) {
            const src = this.eval(b.from, scope);
            if (!isAttrs(src) || !Object.hasOwn(src, name)) throw new NixError(`attribute '${name}' missing`, b.pos);
            out[name] = src[name] as Value;
          } else {
            const v = lookup(scope, name);
            if (!v) throw new NixError(`undefined variable '${name}'`, b.pos);
            out[name] = v();
          }
          if (rec) inner.vars.set(name, () => out[name] as Value);
        }
        continue;
      }
      const full = b.path.join('.');
      const value = this.eval(b.value, inner);
      let cur = out;
      b.path.forEach((name, i) => {
        const last = i === b.path.length - 1;
        const here = b.path.slice(0, i + 1).join('.');
        const existing = cur[name];
        if (last) {
          if (existing !== undefined) {
            if (isAttrs(existing) && isAttrs(value)) {
              cur[name] = merge(existing, value);
              return;
            }
            const first = defined.get(full) ?? b.pos;
            throw new NixError(`attribute '${full}' already defined at ${first.line}:${first.column}`, b.pos);
          }
          cur[name] = value;
          defined.set(full, b.pos);
          return;
        }
        if (existing === undefined) cur[name] = Object.create(null) as Attrs;
        else if (!isAttrs(existing)) {
          const first = defined.get(here) ?? b.pos;
          throw new NixError(`attribute '${here}' already defined at ${first.line}:${first.column}`, b.pos);
        }
        cur = cur[name] as Attrs;
      });
      if (rec && b.path.length === 1) inner.vars.set(b.path[0] ?? '', () => out[b.path[0] ?? ''] as Value);
    }
    return out;
  }
}

function get(a: Attrs, path: string[]): Value | undefined {
  let v: Value = a;
  for (const p of path) {
    if (!isAttrs(v) || !Object.hasOwn(v, p)) return undefined;
    v = v[p] as Value;
  }
  return v;
}

/** The module system's type error for a definition (lib/modules.nix mergeDefinitions). */
function typeError(option: string, type: string, v: Value, file: string): string {
  return `error: A definition for option \`${option}' is not of type \`${type}'. Definition values:\n       - In \`${file}': ${show(v)}\n`;
}

function show(v: Value): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[ ${v.map(show).join(' ')} ]`;
  if (isPkg(v)) return `<derivation ${v.pkg}>`;
  if (isPath(v)) return v.path;
  if (isFn(v)) return '<function>';
  return '{ ... }';
}

export interface EvalInput {
  /** configuration.nix and its imports, by absolute path. */
  files: Record<string, string>;
  entry: string;
  /** Package attribute names that exist in pkgs. */
  packages: string[];
  defaults: { hostName: string };
}

/** Reads the configuration like `nixos-rebuild` does: the options, or Nix's error text. */
export function evalConfig(input: EvalInput): { config: NixosConfig } | { error: string } {
  const ev = new Evaluator(input.packages);
  let merged: Attrs = Object.create(null);
  const seen = new Set<string>();
  const load = (file: string): string | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const text = input.files[file];
    if (text === undefined) return `error: path '${file}' does not exist\n`;
    let v: Value;
    try {
      v = ev.eval(parseNix(text), ev.rootScope());
      // A module is a function of { config, lib, pkgs, ... } or a plain set.
      if (isFn(v)) v = v.fn(args());
    } catch (e) {
      if (e instanceof NixError) return formatNixError(e, file, text);
      throw e;
    }
    if (!isAttrs(v)) return `error: expected a set but found ${typeName(v)}\n`;
    const imports = v.imports;
    const rest: Attrs = Object.assign(Object.create(null), v);
    delete rest.imports;
    merged = merge(merged, rest);
    if (imports !== undefined) {
      if (!Array.isArray(imports)) return typeError('imports', 'list of paths', imports, file);
      for (const i of imports) {
        if (!isPath(i)) continue;
        const dir = file.slice(0, file.lastIndexOf('/'));
        const target = i.path.startsWith('/') ? i.path : normalize(`${dir}/${i.path}`);
        const err = load(target);
        if (err) return err;
      }
    }
    return null;
  };
  const args = (): Value =>
    Object.assign(Object.create(null) as Attrs, {
      config: Object.create(null) as Attrs,
      lib: ev.rootScope().vars.get('lib')?.() ?? null,
      pkgs: ev.rootScope().vars.get('pkgs')?.() ?? null,
      modulesPath: { path: '/nix/store/nixos/modules' },
      options: Object.create(null) as Attrs,
    });
  const err = load(input.entry);
  if (err) return { error: err };
  const file = input.entry;

  const pkgs = get(merged, ['environment', 'systemPackages']) ?? [];
  if (!Array.isArray(pkgs)) return { error: typeError('environment.systemPackages', 'list of package', pkgs, file) };
  const packages: string[] = [];
  for (const [i, p] of pkgs.entries()) {
    if (!isPkg(p))
      return {
        error: typeError(`environment.systemPackages."[definition 1-entry ${i + 1}]"`, 'package', p, file),
      };
    if (!packages.includes(p.pkg)) packages.push(p.pkg);
  }
  const sshd = get(merged, ['services', 'openssh', 'enable']) ?? false;
  if (typeof sshd !== 'boolean') return { error: typeError('services.openssh.enable', 'boolean', sshd, file) };
  const hostName = get(merged, ['networking', 'hostName']) ?? input.defaults.hostName;
  if (typeof hostName !== 'string') return { error: typeError('networking.hostName', 'string', hostName, file) };
  const stateVersion = get(merged, ['system', 'stateVersion']) ?? '';
  if (typeof stateVersion !== 'string')
    return { error: typeError('system.stateVersion', 'string', stateVersion, file) };
  const users: UserConfig[] = [];
  const userSet = get(merged, ['users', 'users']) ?? Object.create(null);
  if (!isAttrs(userSet)) return { error: typeError('users.users', 'attribute set of submodule', userSet, file) };
  for (const [name, u] of Object.entries(userSet)) {
    if (!isAttrs(u)) return { error: typeError(`users.users.${name}`, 'submodule', u, file) };
    const isNormalUser = u.isNormalUser ?? false;
    if (typeof isNormalUser !== 'boolean')
      return { error: typeError(`users.users.${name}.isNormalUser`, 'boolean', isNormalUser, file) };
    const groups = u.extraGroups ?? [];
    if (!Array.isArray(groups) || groups.some((g) => typeof g !== 'string'))
      return { error: typeError(`users.users.${name}.extraGroups`, 'list of string', groups, file) };
    const description = u.description ?? '';
    if (typeof description !== 'string')
      return { error: typeError(`users.users.${name}.description`, 'string', description, file) };
    const home = u.home ?? (isNormalUser ? `/home/${name}` : '/var/empty');
    if (typeof home !== 'string') return { error: typeError(`users.users.${name}.home`, 'path', home, file) };
    users.push({ name, isNormalUser, extraGroups: groups as string[], description, home });
  }
  return { config: { packages: packages.sort(), sshd, users, hostName, stateVersion } };
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}
