// Word expansion as bash(1) "EXPANSION" orders it: tilde, parameters, command substitution and
// arithmetic, then field splitting of unquoted results, pathname expansion (globs in any path
// component) and quote removal.
import type { Kernel } from './kernel.ts';
import type { Part, Word } from './syntax.ts';

/** An expansion bash refuses (`bash: <message>`), with exit status 1. */
export class ExpansionError extends Error {}

export interface Expander {
  k: Kernel;
  /** Runs a command substitution's text and returns its standard output. */
  substitute(src: string): string;
}

const MAX_GLOB_RESULTS = 2000;

export function lookupVar(k: Kernel, name: string): string | undefined {
  switch (name) {
    case '?':
      return String(k.lastExit);
    case '$':
      return String(shellPid(k));
    case '#':
      return '0';
    case '0':
      return '-bash';
    case '-':
      return 'himBHs';
    case '@':
    case '*':
      return '';
    case 'RANDOM':
      return String(k.rng.int(32768));
  }
  if (/^\d$/.test(name)) return undefined;
  return Object.hasOwn(k.env, name) ? k.env[name] : Object.hasOwn(k.vars, name) ? k.vars[name] : undefined;
}

/** The interactive shell's pid, as `ps` shows it. */
export function shellPid(k: Kernel): number {
  return 1200 + k.bootCount * 3;
}

/** Sets a variable: exported ones stay in the environment. */
export function setVar(k: Kernel, name: string, value: string): void {
  const v = value.slice(0, 4096);
  if (Object.hasOwn(k.env, name)) k.env[name] = v;
  else k.vars[name] = v;
}

function paramValue(x: Expander, p: Part & { k: 'var' }): string {
  const v = lookupVar(x.k, p.name);
  switch (p.op) {
    case '#':
      return String([...(v ?? '')].length);
    case ':-':
      return v === undefined || v === '' ? expandString(x, p.arg ?? '') : v;
    case '-':
      return v === undefined ? expandString(x, p.arg ?? '') : v;
    case ':+':
      return v === undefined || v === '' ? '' : expandString(x, p.arg ?? '');
    case ':=': {
      if (v !== undefined && v !== '') return v;
      const d = expandString(x, p.arg ?? '');
      setVar(x.k, p.name, d);
      return d;
    }
  }
  return v ?? '';
}

/** The default-value text of `${a:-text}`: only `$` expansions, no splitting. */
function expandString(x: Expander, s: string): string {
  return s.replace(/\$([A-Za-z_][A-Za-z0-9_]*|[?$])/g, (_m, n: string) => lookupVar(x.k, n) ?? '');
}

interface Chunk {
  s: string;
  /** Quoted text: no field splitting, and glob characters in it are literal. */
  q: boolean;
  /** Result of an unquoted expansion: subject to field splitting. */
  split: boolean;
}

function chunks(x: Expander, w: Word): Chunk[] {
  const out: Chunk[] = [];
  for (const p of w.parts) {
    switch (p.k) {
      case 'lit':
        out.push({ s: p.s, q: p.q, split: false });
        break;
      case 'tilde': {
        const home = p.user === '' ? (lookupVar(x.k, 'HOME') ?? '') : knownHome(x.k, p.user);
        out.push({ s: home ?? '~' + p.user, q: true, split: false });
        break;
      }
      case 'var':
        out.push({ s: paramValue(x, p), q: p.q, split: !p.q });
        break;
      case 'cmd':
        out.push({ s: x.substitute(p.src).replace(/\n+$/, ''), q: p.q, split: !p.q });
        break;
      case 'arith':
        out.push({ s: String(arith(x.k, p.src)), q: p.q, split: !p.q });
        break;
    }
  }
  return out;
}

function knownHome(k: Kernel, user: string): string | undefined {
  if (user === 'root' || user === k.sysmod.user) return k.home(user);
  return undefined;
}

/** Expands a word into fields (possibly none, possibly many through splitting and globs). */
export function expandWord(x: Expander, w: Word): string[] {
  const fields: { text: string; pattern: string; glob: boolean; keep: boolean }[] = [];
  let cur: { text: string; pattern: string; glob: boolean; keep: boolean } | null = null;
  const open = () => {
    if (cur === null) {
      cur = { text: '', pattern: '', glob: false, keep: false };
      fields.push(cur);
    }
    return cur;
  };
  for (const c of chunks(x, w)) {
    if (c.split) {
      const pieces = c.s.split(/[ \t\n]+/);
      pieces.forEach((piece, i) => {
        if (i > 0) cur = null;
        if (piece === '') return;
        const f = open();
        f.text += piece;
        f.pattern += piece;
        if (/[*?[]/.test(piece)) f.glob = true;
      });
      continue;
    }
    const f = open();
    f.text += c.s;
    if (c.q) {
      f.pattern += c.s.replace(/[*?[\]\\]/g, '\\$&');
      f.keep = true;
    } else {
      f.pattern += c.s;
      if (/[*?[]/.test(c.s)) f.glob = true;
      if (c.s !== '') f.keep = true;
    }
  }
  const out: string[] = [];
  for (const f of fields as { text: string; pattern: string; glob: boolean; keep: boolean }[]) {
    if (!f.keep && f.text === '') continue;
    if (f.glob) {
      const hits = glob(x.k, f.pattern);
      if (hits.length) {
        out.push(...hits);
        continue;
      }
    }
    out.push(f.text);
  }
  return out;
}

/** Expands a word to one string, without splitting or globs (assignments, redirection targets). */
export function expandOne(x: Expander, w: Word): string {
  return chunks(x, w)
    .map((c) => c.s)
    .join('');
}

// --- globs -------------------------------------------------------------------------------

function hasMeta(component: string): boolean {
  for (let i = 0; i < component.length; i++) {
    const c = component[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

function unescapeGlob(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** A glob component as a regular expression: `*`, `?`, `[...]` with `!`/`^`, backslash-escapes. */
export function globRegExp(g: string): RegExp {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g.charAt(i);
    if (c === '\\' && i + 1 < g.length) re += g.charAt(++i).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = g.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let body = g.slice(i + 1, end);
      const neg = body.startsWith('!') || body.startsWith('^');
      if (neg) body = body.slice(1);
      re += '[' + (neg ? '^' : '') + body.replace(/[\\\]^]/g, '\\$&') + ']';
      i = end;
    } else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp('^' + re + '$', 's');
}

/** Pathname expansion with globs in any component; sorted; no match gives []. */
export function glob(k: Kernel, pattern: string): string[] {
  const abs = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let prefixes: string[] = [abs ? '/' : ''];
  let globbed = false;
  for (const comp of abs ? comps.slice(1) : comps) {
    if (comp === '') continue;
    const next: string[] = [];
    if (!hasMeta(comp)) {
      for (const p of prefixes)
        next.push(
          p === '' ? unescapeGlob(comp) : p.endsWith('/') ? p + unescapeGlob(comp) : `${p}/${unescapeGlob(comp)}`,
        );
    } else {
      globbed = true;
      const re = globRegExp(comp);
      const dotOk = comp.startsWith('.') || comp.startsWith('\\.');
      for (const p of prefixes) {
        const d = k.fs.tryGet(p === '' ? '.' : p, k.cwd, k.cred());
        if (d?.t !== 'd' || !k.fs.canRead(d, k.cred())) continue;
        const names = [...d.kids.keys()].filter((n) => re.test(n) && (dotOk || !n.startsWith('.'))).sort();
        for (const n of names) {
          next.push(p === '' ? n : p.endsWith('/') ? p + n : `${p}/${n}`);
          if (next.length >= MAX_GLOB_RESULTS) break;
        }
      }
    }
    prefixes = next;
    if (prefixes.length === 0) return [];
  }
  if (!globbed) return [];
  const trailing = pattern.endsWith('/');
  return prefixes
    .filter((p) => {
      const n = k.fs.tryGet(p, k.cwd, k.cred(), false);
      if (!n) return false;
      return !trailing || k.fs.tryGet(p, k.cwd, k.cred())?.t === 'd';
    })
    .map((p) => (trailing ? p + '/' : p));
}

// --- arithmetic -------------------------------------------------------------------------

/** `$(( ))` with integers, variables, + - * / % ** ( ), comparisons and && || ! (bash "ARITHMETIC EVALUATION"). */
export function arith(k: Kernel, src: string): number {
  const toks = src.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<=|>=|==|!=|&&|\|\||<<|>>|[-+*/%()<>!]|\S/g) ?? [];
  let i = 0;
  const fail = (): never => {
    throw new ExpansionError(
      `${src.trim()}: syntax error: operand expected (error token is "${toks.slice(i).join(' ')}")`,
    );
  };
  const primary = (): number => {
    const t = toks[i++];
    if (t === undefined) return fail();
    if (t === '(') {
      const v = or();
      if (toks[i++] !== ')') fail();
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() === 0 ? 1 : 0;
    if (/^\d+$/.test(t)) return Number.parseInt(t, 10);
    if (/^[A-Za-z_]/.test(t)) {
      const v = lookupVar(k, t) ?? '';
      return /^-?\d+$/.test(v.trim()) ? Number.parseInt(v, 10) : 0;
    }
    return fail();
  };
  const power = (): number => {
    const b = primary();
    if (toks[i] === '**') {
      i++;
      return Math.trunc(b ** Math.min(power(), 64));
    }
    return b;
  };
  const mul = (): number => {
    let v = power();
    while (toks[i] === '*' || toks[i] === '/' || toks[i] === '%') {
      const op = toks[i++];
      const r = power();
      if (op !== '*' && r === 0)
        throw new ExpansionError(`${src.trim()}: division by 0 (error token is "${toks[i - 1]}")`);
      v = op === '*' ? Math.imul(v, r) : op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const add = (): number => {
    let v = mul();
    while (toks[i] === '+' || toks[i] === '-') v = toks[i++] === '+' ? (v + mul()) | 0 : (v - mul()) | 0;
    return v;
  };
  const cmp = (): number => {
    let v = add();
    for (;;) {
      const op = toks[i];
      if (op !== '<' && op !== '>' && op !== '<=' && op !== '>=' && op !== '==' && op !== '!=') return v;
      i++;
      const r = add();
      const res =
        op === '<'
          ? v < r
          : op === '>'
            ? v > r
            : op === '<='
              ? v <= r
              : op === '>='
                ? v >= r
                : op === '=='
                  ? v === r
                  : v !== r;
      v = res ? 1 : 0;
    }
  };
  const and = (): number => {
    let v = cmp();
    while (toks[i] === '&&') {
      i++;
      const r = cmp();
      v = v !== 0 && r !== 0 ? 1 : 0;
    }
    return v;
  };
  const or = (): number => {
    let v = and();
    while (toks[i] === '||') {
      i++;
      const r = and();
      v = v !== 0 || r !== 0 ? 1 : 0;
    }
    return v;
  };
  if (toks.length === 0) return 0;
  const v = or();
  if (i < toks.length) fail();
  return v;
}
