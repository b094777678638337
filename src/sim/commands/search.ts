// Searching the tree: find (GNU findutils find(1): starting points, then an expression of
// tests joined by -a/-o/!, evaluated per file in a pre-order walk).
import type { CmdFn, Io, Kernel } from '../kernel.ts';
import { FsError, type Node } from '../fs.ts';
import { globRegExp } from '../expand.ts';
import { uidOf } from './listing.ts';

/** Files find looks at per run here, so a search of / stays fast. */
const MAX_VISITS = 20000;

type Test = (n: Node, path: string, depth: number) => boolean;
interface FindOpts {
  maxdepth: number;
  mindepth: number;
  xdev: boolean;
}

class FindError extends Error {}

/** Parses the expression: or := and (-o and)*; and := not ([-a] not)*; not := ! not | ( or ) | test. */
function parseExpr(k: Kernel, io: Io, words: string[], o: FindOpts): { test: Test; prints: boolean } {
  let i = 0;
  let prints = false;
  const value = (name: string): string => {
    const v = words[++i];
    if (v === undefined) throw new FindError(`missing argument to \`${name}'`);
    return v;
  };
  const primary = (): Test => {
    const w = words[i];
    // An operator with nothing after it (`find . !`): GNU find's get_expr() (find/tree.c) says so.
    if (w === undefined) throw new FindError(`expected an expression after '${words[i - 1] ?? ''}'`);
    switch (w) {
      case '!':
      case '-not': {
        i++;
        const t = notExpr();
        return (n, p, d) => !t(n, p, d);
      }
      case '(': {
        i++;
        const t = orExpr();
        if (words[i] !== ')') throw new FindError("invalid expression; I was expecting to find a ')' somewhere");
        i++;
        return t;
      }
      case '-name':
      case '-iname': {
        const re = globRegExp(w === '-iname' ? value(w).toLowerCase() : value(w));
        i++;
        return (_n, p) => {
          const base = p.slice(p.lastIndexOf('/') + 1) || p;
          return re.test(w === '-iname' ? base.toLowerCase() : base);
        };
      }
      case '-path':
      case '-wholename': {
        const re = globRegExp(value(w).replace(/\//g, '\u0000'));
        i++;
        return (_n, p) => re.test(p.replace(/\//g, '\u0000'));
      }
      case '-type': {
        const t = value(w);
        if (!/^[fdlcbps]$/.test(t)) throw new FindError(`Unknown argument to -type: ${t}`);
        i++;
        return (n) => n.t === t;
      }
      case '-user': {
        const u = value(w);
        i++;
        return (n) => n.uid === u || String(uidOf(k, n.uid)) === u;
      }
      case '-empty':
        i++;
        return (n) => (n.t === 'd' ? n.kids.size === 0 : n.t === 'f' && n.data === '');
      case '-maxdepth':
      case '-mindepth': {
        const v = value(w);
        if (!/^\d+$/.test(v))
          throw new FindError(`Expected a positive decimal integer argument to ${w}, but got \`${v}'`);
        if (w === '-maxdepth') o.maxdepth = Number(v);
        else o.mindepth = Number(v);
        i++;
        return () => true;
      }
      case '-xdev':
      case '-mount':
        o.xdev = true;
        i++;
        return () => true;
      case '-print':
        prints = true;
        i++;
        return (_n, p) => {
          io.out(p + '\n');
          return true;
        };
      case '-true':
        i++;
        return () => true;
      case '-false':
        i++;
        return () => false;
    }
    if (w.startsWith('-')) throw new FindError(`unknown predicate \`${w}'`);
    throw new FindError(`paths must precede expression: \`${w}'`);
  };
  const notExpr = (): Test => primary();
  const andExpr = (): Test => {
    let t = notExpr();
    while (i < words.length && words[i] !== '-o' && words[i] !== '-or' && words[i] !== ')') {
      if (words[i] === '-a' || words[i] === '-and') i++;
      const l = t;
      const r = notExpr();
      t = (n, p, d) => l(n, p, d) && r(n, p, d);
    }
    return t;
  };
  const orExpr = (): Test => {
    let t = andExpr();
    while (words[i] === '-o' || words[i] === '-or') {
      i++;
      const l = t;
      const r = andExpr();
      t = (n, p, d) => l(n, p, d) || r(n, p, d);
    }
    return t;
  };
  if (words.length === 0) return { test: () => true, prints };
  const test = orExpr();
  if (i < words.length) throw new FindError(`unexpected \`${words[i]}'`);
  return { test, prints };
}

const find: CmdFn = (io, args) => {
  const k = io.k;
  let a = args;
  while (a[0] === '-P' || a[0] === '-H' || a[0] === '-L') a = a.slice(1);
  const firstExpr = a.findIndex((w) => w.startsWith('-') || w === '!' || w === '(');
  const starts = firstExpr < 0 ? a : a.slice(0, firstExpr);
  const exprWords = firstExpr < 0 ? [] : a.slice(firstExpr);
  const o: FindOpts = { maxdepth: Number.POSITIVE_INFINITY, mindepth: 0, xdev: false };
  let parsed: { test: Test; prints: boolean };
  try {
    parsed = parseExpr(k, io, exprWords, o);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    io.err(`find: ${e.message}\n`);
    return 1;
  }
  let status = 0;
  let visits = 0;
  const walk = (n: Node, shown: string, canon: string, depth: number, dev: string) => {
    if (++visits > MAX_VISITS) return;
    const hit = depth >= o.mindepth && parsed.test(n, shown, depth);
    if (hit && !parsed.prints) io.out(shown + '\n');
    if (n.t !== 'd' || depth >= o.maxdepth) return;
    if (!k.fs.canRead(n, io.cred) || !k.fs.canExec(n, io.cred)) {
      io.err(`find: '${shown}': Permission denied\n`);
      status = 1;
      return;
    }
    for (const name of [...n.kids.keys()].sort()) {
      const childCanon = canon === '/' ? `/${name}` : `${canon}/${name}`;
      const mount = k.fs.mountAt(childCanon);
      if (mount && o.xdev && mount.target !== dev) continue;
      const child = mount?.root ?? n.kids.get(name);
      if (!child) continue;
      walk(child, shown.endsWith('/') ? shown + name : `${shown}/${name}`, childCanon, depth + 1, dev);
    }
  };
  for (const start of starts.length ? starts : ['.']) {
    try {
      const r = k.fs.resolve(start, k.cwd, io.cred, false);
      if (!r.node) throw new FsError('ENOENT');
      walk(r.node, start, r.path, 0, k.fs.mountOf(r.path).target);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      io.err(`find: '${start}': ${e.message}\n`);
      status = 1;
    }
  }
  if (visits > MAX_VISITS) io.err(`(simulator: find stopped after ${MAX_VISITS} files)\n`);
  return status;
};

export const SEARCH_COMMANDS: Record<string, CmdFn> = {
  find,
};
