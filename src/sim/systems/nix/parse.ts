// A parser for the part of the Nix language a learner edits in configuration.nix: function headers
// (`{ config, pkgs, ... }:`), attribute sets (nested, dotted paths, `rec`, `inherit`), lists,
// strings ("…" and ''…''), paths, integers, `with e;`, `let … in`, `if`, function application,
// selection with `or`, and the usual operators. Pure: text in, tree or error out.
//
// Errors are Nix's own: the grammar is Nix's Bison grammar (src/libexpr/parser.y) with
// `parse.error detailed`, so a syntax error reads "syntax error, unexpected X, expecting Y" where
// Bison lists up to four expected tokens, and the token names are parser.y's aliases ("identifier",
// "end of file", "';'"). The position and the code excerpt follow showErrorInfo() and
// printCodeLines() in src/libutil/error.cc:
// https://github.com/NixOS/nix/blob/88b09c64fbea076a0376830d98e5331f70ed31a3/src/libexpr/parser.y
// https://github.com/NixOS/nix/blob/88b09c64fbea076a0376830d98e5331f70ed31a3/src/libutil/error.cc

export interface Pos {
  line: number;
  column: number;
}

export type NixExpr =
  | { k: 'int'; value: number; pos: Pos }
  | { k: 'str'; value: string; pos: Pos }
  | { k: 'path'; value: string; pos: Pos }
  | { k: 'var'; name: string; pos: Pos }
  | { k: 'list'; items: NixExpr[]; pos: Pos }
  | { k: 'attrs'; binds: Bind[]; rec: boolean; pos: Pos }
  | { k: 'select'; e: NixExpr; path: string[]; or?: NixExpr; pos: Pos }
  | { k: 'call'; fn: NixExpr; arg: NixExpr; pos: Pos }
  | { k: 'lambda'; formals: string[] | null; arg: string | null; body: NixExpr; pos: Pos }
  | { k: 'with'; scope: NixExpr; body: NixExpr; pos: Pos }
  | { k: 'let'; binds: Bind[]; body: NixExpr; pos: Pos }
  | { k: 'if'; cond: NixExpr; yes: NixExpr; no: NixExpr; pos: Pos }
  | { k: 'op'; op: string; a: NixExpr; b: NixExpr; pos: Pos }
  | { k: 'not'; e: NixExpr; pos: Pos };

export type Bind =
  | { k: 'set'; path: string[]; value: NixExpr; pos: Pos }
  | { k: 'inherit'; from: NixExpr | null; names: string[]; pos: Pos };

export class NixError extends Error {
  readonly hint: string;
  readonly pos: Pos;
  constructor(hint: string, pos: Pos) {
    super(hint);
    this.hint = hint;
    this.pos = pos;
  }
}

/** Formats an error as Nix prints it: the message, ` at file:line:col:`, and the lines around it. */
export function formatNixError(e: NixError, file: string, text: string): string {
  // The lines std::getline() reads: a final newline does not start another line.
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  const { line, column } = e.pos;
  const row = (n: number) => ` ${String(n).padStart(5)}| ${lines[n - 1] ?? ''}`;
  let body = `error: ${e.hint}\nat ${file}:${line}:${column}:`;
  if (line - 1 >= 1) body += '\n' + row(line - 1);
  if (line <= lines.length) {
    body += '\n' + row(line);
    body += `\n      |${' '.repeat(column)}^`;
  }
  if (line + 1 <= lines.length) body += '\n' + row(line + 1);
  // chomp(), then every line after the first indented by the width of "error: "
  return (
    body
      .replace(/\s+$/, '')
      .split('\n')
      .map((l, i) => (i === 0 ? l : `       ${l}`))
      .join('\n') + '\n'
  );
}

// --- lexer ------------------------------------------------------------------------------------

type TokKind = 'ID' | 'INT' | 'STR' | 'IND_STR' | 'PATH' | 'SPATH' | 'URI' | 'EOF' | 'KW' | 'P'; // punctuation / operator

interface Tok {
  t: TokKind;
  v: string;
  pos: Pos;
  end: Pos;
}

const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);
const OPERATORS = ['...', '++', '//', '==', '!=', '<=', '>=', '&&', '||', '->', '|>', '<|', '${'];

/** What Bison calls a token in its messages (the aliases in parser.y). */
function tokName(t: Tok): string {
  switch (t.t) {
    case 'ID':
      return 'identifier';
    case 'INT':
      return 'integer';
    case 'STR':
      return "'\"'";
    case 'IND_STR':
      return 'start of an indented string';
    case 'PATH':
      return 'path';
    case 'SPATH':
      return "'<…>' path";
    case 'URI':
      return 'URI';
    case 'EOF':
      return 'end of file';
    case 'KW':
      return `'${t.v}'`;
    default:
      return `'${t.v}'`;
  }
}

function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let col = 1;
  const pos = (): Pos => ({ line, column: col });
  const adv = (n: number) => {
    for (let j = 0; j < n; j++) {
      if (text[i] === '\n') {
        line++;
        col = 1;
      } else col++;
      i++;
    }
  };
  const push = (t: TokKind, v: string, start: Pos) => toks.push({ t, v, pos: start, end: pos() });
  while (i < text.length) {
    const c = text[i] ?? '';
    const rest = text.slice(i);
    if (/\s/.test(c)) {
      adv(1);
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') adv(1);
      continue;
    }
    if (rest.startsWith('/*')) {
      const start = pos();
      const close = text.indexOf('*/', i + 2);
      if (close < 0) throw new NixError('unterminated comment', start);
      adv(close + 2 - i);
      continue;
    }
    const start = pos();
    // PATH and HPATH of the lexer: optional path characters, then at least one /segment.
    const path = /^(?:~|[a-zA-Z0-9._\-+]*)(?:\/[a-zA-Z0-9._\-+]+)+\/?/.exec(rest);
    if (path) {
      if (path[0].endsWith('/')) throw new NixError(`path '${path[0]}' has a trailing slash`, start);
      adv(path[0].length);
      push('PATH', path[0], start);
      continue;
    }
    const spath = /^<[a-zA-Z0-9._\-+]+(?:\/[a-zA-Z0-9._\-+]+)*>/.exec(rest);
    if (spath) {
      adv(spath[0].length);
      push('SPATH', spath[0], start);
      continue;
    }
    const uri = /^[a-zA-Z][a-zA-Z0-9+\-.]*:[a-zA-Z0-9%/?:@&=+$,\-_.!~*']+/.exec(rest);
    if (uri) {
      adv(uri[0].length);
      push('URI', uri[0], start);
      continue;
    }
    const id = /^[a-zA-Z_][a-zA-Z0-9_'-]*/.exec(rest);
    if (id) {
      adv(id[0].length);
      push(KEYWORDS.has(id[0]) ? 'KW' : 'ID', id[0], start);
      continue;
    }
    const num = /^[0-9]+/.exec(rest);
    if (num) {
      adv(num[0].length);
      push('INT', num[0], start);
      continue;
    }
    if (c === '"') {
      adv(1);
      let v = '';
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) {
          const e = text[i + 1] ?? '';
          v += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
          adv(2);
        } else {
          v += text[i];
          adv(1);
        }
      }
      if (i >= text.length) throw new NixError('syntax error, unexpected end of file', pos());
      adv(1);
      push('STR', v, start);
      continue;
    }
    if (rest.startsWith("''")) {
      adv(2);
      const close = text.indexOf("''", i);
      if (close < 0) {
        adv(text.length - i);
        throw new NixError('syntax error, unexpected end of file', pos());
      }
      const raw = text.slice(i, close);
      adv(close + 2 - i);
      push('IND_STR', stripIndent(raw), start);
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      adv(op.length);
      push('P', op, start);
      continue;
    }
    if ('{}[]();:,.=@?!+-*/<>'.includes(c)) {
      adv(1);
      push('P', c, start);
      continue;
    }
    // The lexer's catch-all rule: any other character is an error token.
    throw new NixError(`syntax error, unexpected invalid token`, start);
  }
  toks.push({ t: 'EOF', v: '', pos: pos(), end: pos() });
  return toks;
}

/** ''…'' strings lose their common indentation and a leading newline (stripIndentation()). */
function stripIndent(raw: string): string {
  const lines = raw.replace(/^[ \t]*\n/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const min = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(min)).join('\n');
}

// --- parser -----------------------------------------------------------------------------------

class Parser {
  private i = 0;
  private readonly toks: Tok[];
  constructor(toks: Tok[]) {
    this.toks = toks;
  }

  private get cur(): Tok {
    return this.toks[this.i] ?? (this.toks[this.toks.length - 1] as Tok);
  }
  private peek(n = 1): Tok {
    return this.toks[this.i + n] ?? (this.toks[this.toks.length - 1] as Tok);
  }
  private is(v: string): boolean {
    return (this.cur.t === 'P' || this.cur.t === 'KW') && this.cur.v === v;
  }
  private next(): Tok {
    const t = this.cur;
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  /** Bison's message: the unexpected token, and what was expected when that is four names or fewer. */
  fail(expected: string[] = []): never {
    const t = this.cur;
    const exp = expected.length && expected.length <= 4 ? `, expecting ${expected.join(' or ')}` : '';
    throw new NixError(`syntax error, unexpected ${tokName(t)}${exp}`, t.pos);
  }
  private expect(v: string, expected: string[] = [`'${v}'`]): Tok {
    if (!this.is(v)) this.fail(expected);
    return this.next();
  }

  parseFile(): NixExpr {
    const e = this.expr();
    if (this.cur.t !== 'EOF') this.fail(['end of file']);
    return e;
  }

  /** Whether `{` starts a formal argument set (`{ a, b ? x, ... }:`), looking ahead as Bison's LR states do. */
  private formalsAhead(): boolean {
    const a = this.peek(1);
    const b = this.peek(2);
    if (a.t === 'P' && a.v === '}') return b.t === 'P' && (b.v === ':' || b.v === '@');
    if (a.t === 'P' && a.v === '...') return true;
    if (a.t === 'ID') return b.t === 'P' && (b.v === ',' || b.v === '?' || (b.v === '}' && this.closesAsFormals()));
    return false;
  }
  private closesAsFormals(): boolean {
    const after = this.peek(3);
    return after.t === 'P' && (after.v === ':' || after.v === '@');
  }

  expr(): NixExpr {
    const t = this.cur;
    if (t.t === 'ID' && this.peek().t === 'P' && this.peek().v === ':') {
      this.next();
      this.next();
      return { k: 'lambda', formals: null, arg: t.v, body: this.expr(), pos: t.pos };
    }
    if (t.t === 'ID' && this.peek().t === 'P' && this.peek().v === '@') {
      this.next();
      this.next();
      const formals = this.formals();
      this.expect(':');
      return { k: 'lambda', formals, arg: t.v, body: this.expr(), pos: t.pos };
    }
    if (this.is('{') && this.formalsAhead()) {
      const formals = this.formals();
      let arg: string | null = null;
      if (this.is('@')) {
        this.next();
        if (this.cur.t !== 'ID') this.fail(['identifier']);
        arg = this.next().v;
      }
      this.expect(':');
      return { k: 'lambda', formals, arg, body: this.expr(), pos: t.pos };
    }
    if (this.is('with') || this.is('assert')) {
      this.next();
      const scope = this.expr();
      this.expect(';');
      const body = this.expr();
      return t.v === 'with' ? { k: 'with', scope, body, pos: t.pos } : body;
    }
    if (this.is('let') && !(this.peek().t === 'P' && this.peek().v === '{')) {
      this.next();
      const binds = this.binds('in');
      this.expect('in');
      return { k: 'let', binds, body: this.expr(), pos: t.pos };
    }
    if (this.is('if')) {
      this.next();
      const cond = this.expr();
      this.expect('then');
      const th = this.expr();
      this.expect('else');
      return { k: 'if', cond, yes: th, no: this.expr(), pos: t.pos };
    }
    return this.op(0);
  }

  private formals(): string[] {
    this.expect('{');
    const names: string[] = [];
    for (;;) {
      if (this.is('}')) break;
      if (this.is('...')) {
        this.next();
        break;
      }
      if (this.cur.t !== 'ID') this.fail();
      const name = this.next().v;
      if (names.includes(name))
        throw new NixError(`duplicate formal function argument '${name}'`, this.toks[this.i - 1]?.pos ?? this.cur.pos);
      names.push(name);
      if (this.is('?')) {
        this.next();
        this.expr();
      }
      if (this.is(',')) {
        this.next();
        continue;
      }
      if (!this.is('}')) this.fail(["'}'", "','"]);
    }
    this.expect('}');
    return names;
  }

  // Binary operators by Bison precedence (lowest first): -> || && == != < > <= >= // ! + - * / ++ ?
  private static readonly LEVELS: string[][] = [
    ['->'],
    ['||'],
    ['&&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['//'],
    ['+', '-'],
    ['*', '/'],
    ['++'],
  ];

  private op(level: number): NixExpr {
    if (level >= Parser.LEVELS.length) return this.unary();
    const ops = Parser.LEVELS[level] ?? [];
    let a = this.op(level + 1);
    while (this.cur.t === 'P' && ops.includes(this.cur.v)) {
      const t = this.next();
      const b = this.op(level + 1);
      a = { k: 'op', op: t.v, a, b, pos: t.pos };
    }
    return a;
  }

  private unary(): NixExpr {
    if (this.is('!')) {
      const t = this.next();
      return { k: 'not', e: this.unary(), pos: t.pos };
    }
    if (this.is('-')) {
      const t = this.next();
      return { k: 'op', op: '-', a: { k: 'int', value: 0, pos: t.pos }, b: this.unary(), pos: t.pos };
    }
    let e = this.app();
    while (this.is('?')) {
      const t = this.next();
      e = { k: 'op', op: '?', a: e, b: { k: 'str', value: this.attrpath().join('.'), pos: t.pos }, pos: t.pos };
    }
    return e;
  }

  private startsSimple(): boolean {
    const t = this.cur;
    if (['ID', 'INT', 'STR', 'IND_STR', 'PATH', 'SPATH', 'URI'].includes(t.t)) return true;
    return (t.t === 'P' && ['(', '{', '['].includes(t.v)) || (t.t === 'KW' && (t.v === 'rec' || t.v === 'let'));
  }

  private app(): NixExpr {
    if (!this.startsSimple()) this.fail();
    let e = this.select();
    while (this.startsSimple()) {
      const arg = this.select();
      e = { k: 'call', fn: e, arg, pos: e.pos };
    }
    return e;
  }

  private select(): NixExpr {
    const e = this.simple();
    if (!this.is('.')) return e;
    this.next();
    const path = this.attrpath();
    if (this.is('or')) {
      this.next();
      return { k: 'select', e, path, or: this.select(), pos: e.pos };
    }
    return { k: 'select', e, path, pos: e.pos };
  }

  private attrpath(): string[] {
    const path: string[] = [];
    for (;;) {
      const t = this.cur;
      if (t.t === 'ID' || (t.t === 'KW' && t.v === 'or') || t.t === 'STR') path.push(this.next().v);
      else this.fail();
      if (!this.is('.')) return path;
      this.next();
    }
  }

  private simple(): NixExpr {
    const t = this.cur;
    switch (t.t) {
      case 'ID':
        this.next();
        return { k: 'var', name: t.v, pos: t.pos };
      case 'INT':
        this.next();
        return { k: 'int', value: Number(t.v), pos: t.pos };
      case 'STR':
      case 'IND_STR':
      case 'URI':
        this.next();
        return { k: 'str', value: t.v, pos: t.pos };
      case 'PATH':
      case 'SPATH':
        this.next();
        return { k: 'path', value: t.v, pos: t.pos };
      default:
        break;
    }
    if (this.is('(')) {
      this.next();
      const e = this.expr();
      this.expect(')');
      return e;
    }
    if (this.is('rec') || this.is('let')) {
      this.next();
      this.expect('{');
      const binds = this.binds('}');
      this.expect('}');
      return { k: 'attrs', binds, rec: true, pos: t.pos };
    }
    if (this.is('{')) {
      this.next();
      const binds = this.binds('}');
      this.expect('}');
      return { k: 'attrs', binds, rec: false, pos: t.pos };
    }
    if (this.is('[')) {
      this.next();
      const items: NixExpr[] = [];
      while (!this.is(']')) {
        if (!this.startsSimple()) this.fail();
        items.push(this.select());
      }
      this.next();
      return { k: 'list', items, pos: t.pos };
    }
    return this.fail();
  }

  private binds(close: string): Bind[] {
    const binds: Bind[] = [];
    for (;;) {
      const t = this.cur;
      if (this.is(close)) return binds;
      if (this.is('inherit')) {
        this.next();
        let from: NixExpr | null = null;
        if (this.is('(')) {
          this.next();
          from = this.expr();
          this.expect(')');
        }
        const names: string[] = [];
        while (this.cur.t === 'ID' || this.cur.t === 'STR') names.push(this.next().v);
        this.expect(';');
        binds.push({ k: 'inherit', from, names, pos: t.pos });
        continue;
      }
      if (!(t.t === 'ID' || t.t === 'STR' || (t.t === 'KW' && t.v === 'or'))) this.fail();
      const path = this.attrpath();
      if (!this.is('=')) this.fail(["'.'", "'='"]);
      this.next();
      const value = this.expr();
      // Bison's default reductions finish the value first, so a missing ';' is reported here.
      this.expect(';');
      binds.push({ k: 'set', path, value, pos: t.pos });
    }
  }
}

/** Parses Nix source; throws NixError with Nix's message and position. */
export function parseNix(text: string): NixExpr {
  return new Parser(lex(text)).parseFile();
}
