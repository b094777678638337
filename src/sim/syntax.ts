// The shell's grammar: a lexer and a recursive-descent parser for one command line, after
// bash(1) "SHELL GRAMMAR", "QUOTING" and "REDIRECTION" (https://www.gnu.org/software/bash/manual/bash.html).
// Words keep their quoting so that expansion can happen later, per command, as bash does.

/** A piece of a word: literal text, or something expanded when the command runs. */
export type Part =
  | { k: 'lit'; s: string; q: boolean }
  | { k: 'var'; name: string; q: boolean; op?: ':-' | '-' | ':=' | ':+' | '#'; arg?: string }
  | { k: 'cmd'; src: string; q: boolean }
  | { k: 'arith'; src: string; q: boolean }
  | { k: 'tilde'; user: string };

export interface Word {
  parts: Part[];
  /** The word as typed, for error messages. */
  raw: string;
}

export type RedirOp = '>' | '>>' | '<' | '>&' | '<&' | '&>' | '&>>' | '>|' | '<<<';
export interface Redir {
  fd: number | null;
  op: RedirOp;
  target: Word;
}

export interface Assign {
  name: string;
  value: Word;
}

export type Command =
  | { k: 'simple'; assigns: Assign[]; words: Word[]; redirs: Redir[] }
  | { k: 'if'; clauses: { cond: List; body: List }[]; orElse: List | null; redirs: Redir[] }
  | { k: 'for'; name: string; items: Word[] | null; body: List; redirs: Redir[] }
  | { k: 'while'; until: boolean; cond: List; body: List; redirs: Redir[] }
  | { k: 'group'; subshell: boolean; body: List; redirs: Redir[] };

export interface Pipeline {
  negate: boolean;
  cmds: Command[];
}
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}
export interface List {
  items: AndOr[];
}

/** What bash prints for a line it cannot parse (without the `bash: ` prefix). */
export class ShellSyntaxError extends Error {}

const unexpected = (tok: string) => new ShellSyntaxError(`syntax error near unexpected token \`${tok}'`);
const EOF_ERROR = 'syntax error: unexpected end of file';

type Token = { t: 'word'; w: Word } | { t: 'op'; op: string } | { t: 'redir'; fd: number | null; op: RedirOp };

const OPS = ['&&', '||', ';;', ';', '&', '|', '(', ')'];
const REDIR_OPS: RedirOp[] = ['&>>', '&>', '>>', '>&', '>|', '<<<', '<&', '>', '<'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL_PARAMS = '?$#!@*-0123456789';

/** Index just past the `)` that closes a `$(` or `(` opened before `start`, skipping quotes. */
function matchParen(s: string, start: number): number {
  let depth = 1;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e < 0) return -1;
      i = e;
    } else if (c === '"') {
      for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === '\\') i++;
      if (i >= s.length) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function unterminated(q: string): ShellSyntaxError {
  return new ShellSyntaxError(`unexpected EOF while looking for matching \`${q}'`);
}

const ANSI_C: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  e: '\x1b',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

export function tokenize(line: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    if (c === '#') break;
    const op = OPS.find((o) => line.startsWith(o, i));
    const redir = REDIR_OPS.find((o) => line.startsWith(o, i));
    if (redir && !(redir.startsWith('&') && line.startsWith('&&', i))) {
      toks.push({ t: 'redir', fd: null, op: redir });
      i += redir.length;
      continue;
    }
    if (op) {
      toks.push({ t: 'op', op });
      i += op.length;
      continue;
    }
    // A word: runs until an unquoted blank or operator character.
    const start = i;
    const parts: Part[] = [];
    const lit = (s: string, q: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.k === 'lit' && last.q === q) last.s += s;
      else parts.push({ k: 'lit', s, q });
    };
    if (c === '~') {
      const m = /^~([A-Za-z0-9_.-]*)(?=$|[/\s;&|<>()])/.exec(line.slice(i));
      if (m) {
        parts.push({ k: 'tilde', user: m[1] ?? '' });
        i += m[0].length;
      }
    }
    const dollar = (q: boolean) => {
      // at line[i] === '$'
      const nx = line[i + 1] ?? '';
      if (line.startsWith('$((', i)) {
        const end = line.indexOf('))', i + 3);
        if (end < 0) throw unterminated('(');
        parts.push({ k: 'arith', src: line.slice(i + 3, end), q });
        i = end + 2;
      } else if (nx === '(') {
        const end = matchParen(line, i + 2);
        if (end < 0) throw unterminated('(');
        parts.push({ k: 'cmd', src: line.slice(i + 2, end - 1), q });
        i = end;
      } else if (nx === '{') {
        const end = line.indexOf('}', i + 2);
        if (end < 0) throw unterminated('{');
        const body = line.slice(i + 2, end);
        const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|[?$#!0-9])(?:(:-|-|:=|:\+)(.*))?$/s.exec(body);
        if (!m) throw new ShellSyntaxError(`\${${body}}: bad substitution`);
        if (m[1]) parts.push({ k: 'var', name: m[2] ?? '', q, op: '#' });
        else parts.push({ k: 'var', name: m[2] ?? '', q, op: m[3] as ':-' | undefined, arg: m[4] });
        i = end + 1;
      } else if (NAME.test(line.slice(i + 1, i + 2))) {
        const m = NAME.exec(line.slice(i + 1)) as RegExpExecArray;
        parts.push({ k: 'var', name: m[0], q });
        i += 1 + m[0].length;
      } else if (nx !== '' && SPECIAL_PARAMS.includes(nx)) {
        parts.push({ k: 'var', name: nx, q });
        i += 2;
      } else {
        lit('$', q);
        i++;
      }
    };
    while (i < n) {
      const ch = line.charAt(i);
      if (ch === ' ' || ch === '\t' || ch === '\n' || '|&;<>()'.includes(ch)) break;
      if (ch === '\\') {
        if (i + 1 < n) lit(line.charAt(i + 1), true);
        i += 2;
      } else if (ch === "'") {
        const e = line.indexOf("'", i + 1);
        if (e < 0) throw unterminated("'");
        lit(line.slice(i + 1, e), true);
        if (e === i + 1) parts.push({ k: 'lit', s: '', q: true });
        i = e + 1;
      } else if (ch === '$' && line[i + 1] === "'") {
        let s = '';
        let j = i + 2;
        for (; j < n && line[j] !== "'"; j++) {
          if (line[j] === '\\' && j + 1 < n) {
            const e = line.charAt(++j);
            s += ANSI_C[e] ?? '\\' + e;
          } else s += line.charAt(j);
        }
        if (j >= n) throw unterminated("'");
        lit(s, true);
        i = j + 1;
      } else if (ch === '"') {
        i++;
        let empty = true;
        while (i < n && line[i] !== '"') {
          empty = false;
          const d = line.charAt(i);
          if (d === '\\' && i + 1 < n && '$`"\\'.includes(line.charAt(i + 1))) {
            lit(line.charAt(i + 1), true);
            i += 2;
          } else if (d === '$') dollar(true);
          else if (d === '`') i = backtick(line, i, parts, true);
          else {
            lit(d, true);
            i++;
          }
        }
        if (i >= n) throw unterminated('"');
        if (empty) parts.push({ k: 'lit', s: '', q: true });
        i++;
      } else if (ch === '`') i = backtick(line, i, parts, false);
      else if (ch === '$') dollar(false);
      else {
        lit(ch, false);
        i++;
      }
    }
    const raw = line.slice(start, i);
    // An all-digit word right before a redirection is its file descriptor (`2>`).
    const next = REDIR_OPS.find((o) => line.startsWith(o, i));
    if (next && /^\d+$/.test(raw) && !next.startsWith('&')) {
      toks.push({ t: 'redir', fd: Number(raw), op: next });
      i += next.length;
      continue;
    }
    toks.push({ t: 'word', w: { parts, raw } });
  }
  return toks;
}

function backtick(line: string, i: number, parts: Part[], q: boolean): number {
  let src = '';
  let j = i + 1;
  for (; j < line.length && line[j] !== '`'; j++) {
    if (line[j] === '\\' && '$`\\'.includes(line[j + 1] ?? '')) src += line[++j];
    else src += line[j];
  }
  if (j >= line.length) throw unterminated('`');
  parts.push({ k: 'cmd', src, q });
  return j + 1;
}

const RESERVED = new Set([
  'if',
  'then',
  'elif',
  'else',
  'fi',
  'for',
  'in',
  'do',
  'done',
  'while',
  'until',
  '{',
  '}',
  '!',
]);

/** The literal text of a word when it has no quoting and no expansion (reserved words, names). */
export function plain(w: Word): string | null {
  const [p, ...more] = w.parts;
  return p && p.k === 'lit' && !p.q && more.length === 0 ? p.s : null;
}

export function parse(line: string): List {
  const toks = tokenize(line);
  let pos = 0;
  const peek = (): Token | undefined => toks[pos];
  const tokText = (t: Token | undefined): string =>
    t === undefined ? 'newline' : t.t === 'word' ? t.w.raw : t.t === 'op' ? t.op : (t.fd ?? '') + t.op;
  const isWord = (t: Token | undefined, kw: string) => t?.t === 'word' && plain(t.w) === kw;
  const isOp = (t: Token | undefined, op: string) => t?.t === 'op' && t.op === op;
  const expectWord = (kw: string) => {
    const t = peek();
    if (t === undefined) throw new ShellSyntaxError(EOF_ERROR);
    if (!isWord(t, kw)) throw unexpected(tokText(t));
    pos++;
  };

  /** A list up to one of the `stop` words (or the end / a closing parenthesis at the top). */
  const list = (stop: string[]): List => {
    const items: AndOr[] = [];
    for (;;) {
      const t = peek();
      if (t === undefined) break;
      if (stop.some((s) => isWord(t, s)) || (stop.includes(')') && isOp(t, ')'))) break;
      items.push(andOr());
      const sep = peek();
      if (isOp(sep, ';') || isOp(sep, '&')) {
        pos++;
        continue;
      }
      if (sep === undefined) break;
      if (stop.some((s) => isWord(sep, s)) || (stop.includes(')') && isOp(sep, ')'))) break;
      throw unexpected(tokText(sep));
    }
    return { items };
  };

  const andOr = (): AndOr => {
    const first = pipeline();
    const rest: AndOr['rest'] = [];
    for (;;) {
      const t = peek();
      if (!(isOp(t, '&&') || isOp(t, '||'))) break;
      pos++;
      if (peek() === undefined) throw new ShellSyntaxError(EOF_ERROR);
      rest.push({ op: (t as { op: '&&' | '||' }).op, pipeline: pipeline() });
    }
    return { first, rest };
  };

  const pipeline = (): Pipeline => {
    let negate = false;
    if (isWord(peek(), '!')) {
      negate = true;
      pos++;
    }
    const cmds = [command()];
    while (isOp(peek(), '|')) {
      pos++;
      if (peek() === undefined) throw new ShellSyntaxError(EOF_ERROR);
      cmds.push(command());
    }
    return { negate, cmds };
  };

  const redirect = (t: Token & { t: 'redir' }): Redir => {
    pos++;
    const target = peek();
    if (target?.t !== 'word') throw unexpected(tokText(target));
    pos++;
    return { fd: t.fd, op: t.op, target: target.w };
  };

  const trailingRedirs = (): Redir[] => {
    const rs: Redir[] = [];
    for (let t = peek(); t?.t === 'redir'; t = peek()) rs.push(redirect(t));
    return rs;
  };

  const body = (open: string, close: string): List => {
    expectWord(open);
    const b = list([close]);
    if (b.items.length === 0) throw peek() === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected(close);
    expectWord(close);
    return b;
  };

  const condition = (stop: string[]): List => {
    const c = list(stop);
    if (c.items.length === 0) {
      const t = peek();
      throw t === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected(tokText(t));
    }
    return c;
  };

  const command = (): Command => {
    const t = peek();
    if (t === undefined) throw new ShellSyntaxError(EOF_ERROR);
    if (t.t === 'op') {
      if (t.op === '(') {
        pos++;
        const b = list([')']);
        if (!isOp(peek(), ')'))
          throw peek() === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected(tokText(peek()));
        if (b.items.length === 0) throw unexpected(')');
        pos++;
        return { k: 'group', subshell: true, body: b, redirs: trailingRedirs() };
      }
      throw unexpected(t.op);
    }
    if (t.t === 'word') {
      const kw = plain(t.w);
      if (kw === 'if') {
        pos++;
        const clauses: { cond: List; body: List }[] = [];
        const thenBody = (): List => {
          expectWord('then');
          const b = list(['elif', 'else', 'fi']);
          if (b.items.length === 0)
            throw peek() === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected(tokText(peek()));
          return b;
        };
        let orElse: List | null = null;
        clauses.push({ cond: condition(['then']), body: thenBody() });
        for (;;) {
          if (isWord(peek(), 'elif')) {
            pos++;
            clauses.push({ cond: condition(['then']), body: thenBody() });
          } else if (isWord(peek(), 'else')) {
            pos++;
            orElse = list(['fi']);
            if (orElse.items.length === 0)
              throw peek() === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected('fi');
            expectWord('fi');
            break;
          } else {
            expectWord('fi');
            break;
          }
        }
        return { k: 'if', clauses, orElse, redirs: trailingRedirs() };
      }
      if (kw === 'for') {
        pos++;
        const nameTok = peek();
        const name = nameTok?.t === 'word' ? plain(nameTok.w) : null;
        if (nameTok === undefined) throw new ShellSyntaxError(EOF_ERROR);
        if (name === null || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
          throw new ShellSyntaxError(`\`${tokText(nameTok)}': not a valid identifier`);
        pos++;
        let items: Word[] | null = null;
        if (isWord(peek(), 'in')) {
          pos++;
          items = [];
          for (let w = peek(); w?.t === 'word'; w = peek()) {
            items.push(w.w);
            pos++;
          }
        }
        if (isOp(peek(), ';')) pos++;
        const b = body('do', 'done');
        return { k: 'for', name, items, body: b, redirs: trailingRedirs() };
      }
      if (kw === 'while' || kw === 'until') {
        pos++;
        const cond = condition(['do']);
        const b = body('do', 'done');
        return { k: 'while', until: kw === 'until', cond, body: b, redirs: trailingRedirs() };
      }
      if (kw === '{') {
        pos++;
        const b = list(['}']);
        if (b.items.length === 0) throw peek() === undefined ? new ShellSyntaxError(EOF_ERROR) : unexpected('}');
        expectWord('}');
        return { k: 'group', subshell: false, body: b, redirs: trailingRedirs() };
      }
      if (kw !== null && RESERVED.has(kw) && kw !== '!') throw unexpected(kw);
    }
    // A simple command: assignments, then words and redirections in any order.
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    for (let x = peek(); x !== undefined; x = peek()) {
      if (x.t === 'redir') {
        redirs.push(redirect(x));
        continue;
      }
      if (x.t === 'op') {
        if (x.op === '(' || x.op === ';;') throw unexpected(x.op);
        break;
      }
      const first = x.w.parts[0];
      const m = first?.k === 'lit' && !first.q ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.s) : null;
      if (words.length === 0 && m) {
        const name = m[1] ?? '';
        const rest: Part[] = [
          { ...first, s: (first as { s: string }).s.slice(m[0].length) } as Part,
          ...x.w.parts.slice(1),
        ];
        assigns.push({ name, value: { parts: rest, raw: x.w.raw.slice(m[0].length) } });
      } else words.push(x.w);
      pos++;
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) throw unexpected(tokText(peek()));
    return { k: 'simple', assigns, words, redirs };
  };

  const top = list([]);
  if (pos < toks.length) throw unexpected(tokText(peek()));
  return top;
}
