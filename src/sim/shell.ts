// The shell: parses a command line with shell-quote and runs lists, pipelines and
// redirections the way an interactive bash would, with bash's own error texts.
import { parse, type ParseEntry } from 'shell-quote';
import { type Kernel, MAX_HISTORY, errText, type Io, type CmdFn } from './kernel.ts';
import { joinPath, ROOT, type Cred, FsError, type Node } from './fs.ts';
import { COREUTILS } from './coreutils.ts';
import { logicalCwd } from './systems/common.ts';

export const MAX_LINE = 4096;
export const MAX_OUTPUT = 64 * 1024;
const MAX_DEPTH = 4;

export interface ShellResult {
  output: string;
  exitCode: number;
  cleared?: boolean;
  question?: string;
}

interface Redir {
  op: '>' | '>>' | '<';
  file: string;
}
interface Simple {
  words: string[];
  redirs: Redir[];
}
type Connector = ';' | '&&' | '||';
interface ListItem {
  pipeline: Simple[];
  next: Connector | null;
}

class SyntaxError_ extends Error {}

const EXIT_MARK = '\uE000?';

const BUILTINS = [
  'cd',
  'pwd',
  'echo',
  'history',
  'help',
  'exit',
  'logout',
  'true',
  'false',
  'export',
  'type',
  'command',
];

function globToRegExp(g: string): RegExp {
  let re = '';
  for (const ch of g) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** Expands a glob in its last path component against the file system; no match keeps the word, as bash does. */
function expandGlob(k: Kernel, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const dirPart = slash >= 0 ? pattern.slice(0, slash + 1) : '';
  const base = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  if (/[*?]/.test(dirPart)) return [pattern];
  try {
    const d = k.fs.get(dirPart || '.', k.cwd, k.cred());
    if (d.t !== 'd') return [pattern];
    const re = globToRegExp(base);
    const hits = [...d.kids!.keys()].filter((n) => re.test(n) && (base.startsWith('.') || !n.startsWith('.'))).sort();
    return hits.length ? hits.map((h) => dirPart + h) : [pattern];
  } catch {
    return [pattern];
  }
}

function tilde(k: Kernel, w: string): string {
  if (w === '~' || w.startsWith('~/')) return k.env.HOME + w.slice(1);
  return w;
}

export function parseLine(k: Kernel, line: string): ListItem[] {
  const entries: ParseEntry[] = parse(line, (key: string) => {
    if (key === '?') return EXIT_MARK; // bash expands $? per command, so substitute it when the command runs
    if (key === '$') return '4242';
    const v = k.env[key];
    return typeof v === 'string' ? v : '';
  });
  const list: ListItem[] = [];
  let pipeline: Simple[] = [];
  let cur: Simple = { words: [], redirs: [] };
  let pendingRedir: Redir['op'] | null = null;
  const endSimple = (tok: string) => {
    if (pendingRedir) throw new SyntaxError_(tok);
    if (cur.words.length === 0 && cur.redirs.length === 0) throw new SyntaxError_(tok);
    pipeline.push(cur);
    cur = { words: [], redirs: [] };
  };
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (typeof e === 'string') {
      const w = tilde(k, e);
      if (pendingRedir) {
        cur.redirs.push({ op: pendingRedir, file: w });
        pendingRedir = null;
      } else cur.words.push(w);
      continue;
    }
    if ('comment' in e) break;
    if ('pattern' in e && e.op === 'glob') {
      const hits = expandGlob(k, tilde(k, e.pattern));
      if (pendingRedir) {
        cur.redirs.push({ op: pendingRedir, file: hits[0] });
        pendingRedir = null;
      } else cur.words.push(...hits);
      continue;
    }
    const op = (e as { op: string }).op;
    if (op === '>' || op === '>>' || op === '<') {
      if (pendingRedir) throw new SyntaxError_(op);
      // `2>` and `2>>` arrive as a word "2" followed by the operator.
      const prev = cur.words[cur.words.length - 1];
      if (prev === '2' && op !== '<' && /(^|\s)2>/.test(line)) {
        cur.words.pop();
        const nxt = entries[i + 1];
        if (typeof nxt === 'string') i++; // stderr redirected: the sim just drops the target
        continue;
      }
      pendingRedir = op;
      continue;
    }
    if (op === '>&') {
      // `2>&1`: stdout and stderr already interleave on the terminal.
      const prev = cur.words[cur.words.length - 1];
      if (prev === '2' && entries[i + 1] === '1') {
        cur.words.pop();
        i++;
        continue;
      }
      throw new SyntaxError_('>&');
    }
    if (op === '|') {
      endSimple('|');
      continue;
    }
    if (op === ';' || op === '&&' || op === '||' || op === '&') {
      endSimple(op);
      list.push({ pipeline, next: op === '&' ? ';' : (op as Connector) });
      pipeline = [];
      continue;
    }
    throw new SyntaxError_(op);
  }
  if (pendingRedir) throw new SyntaxError_('newline');
  if (cur.words.length || cur.redirs.length) pipeline.push(cur);
  else if (pipeline.length) throw new SyntaxError_('newline');
  if (pipeline.length) list.push({ pipeline, next: null });
  else if (list.length && list[list.length - 1].next !== ';') throw new SyntaxError_('newline');
  return list;
}

/** bash refuses unbalanced quotes; shell-quote accepts them, so check first (bash -c wording, §1.1 shows the interactive shell otherwise asks for more). */
function unbalanced(line: string): string | null {
  let q: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q === null) {
      if (c === '\\') i++;
      else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return null;
      else if (c === '"' || c === "'" || c === '`') q = c;
    } else if (c === q) q = null;
    else if (c === '\\' && q === '"') i++;
  }
  return q;
}

export class Shell {
  readonly k: Kernel;
  private buf: string[] = [];
  private size = 0;
  private truncated = false;
  private cleared = false;

  constructor(k: Kernel) {
    this.k = k;
  }

  private write(s: string): void {
    if (this.truncated || s === '') return;
    if (this.size + s.length > MAX_OUTPUT) {
      this.buf.push(s.slice(0, Math.max(0, MAX_OUTPUT - this.size)), '\n[output truncated by the simulator]\n');
      this.truncated = true;
      return;
    }
    this.size += s.length;
    this.buf.push(s);
  }

  private finish(exitCode: number): ShellResult {
    let output = this.buf.join('');
    const question = this.k.pending?.question;
    if (output !== '' && !output.endsWith('\n') && question === undefined) output += '\n';
    const r: ShellResult = { output, exitCode };
    if (this.cleared) r.cleared = true;
    if (question !== undefined) r.question = question;
    this.buf = [];
    this.size = 0;
    this.truncated = false;
    this.cleared = false;
    return r;
  }

  run(line: string): ShellResult {
    const k = this.k;
    if (k.pending) {
      const { answer } = k.pending;
      k.pending = null;
      const code = answer(
        line,
        this.io(k.cred(), false, null, (s) => this.write(s), true),
      );
      k.lastExit = code;
      return this.finish(code);
    }
    const trimmed = line.trim();
    if (trimmed === '') return this.finish((k.lastExit = 0));
    this.addHistory(line);
    const code = this.runText(line, 0);
    k.lastExit = code;
    return this.finish(code);
  }

  /**
   * Ctrl+C at the prompt. bash drops the line and sets $? to 130; at a question, SIGINT goes to the
   * tool that asked, which does what its signal handler does.
   */
  interrupt(): ShellResult {
    const k = this.k;
    const pending = k.pending;
    k.pending = null;
    const code = pending?.interrupt
      ? pending.interrupt(this.io(k.cred(), false, null, (s) => this.write(s), true))
      : 130;
    k.lastExit = code;
    return this.finish(code);
  }

  private addHistory(line: string): void {
    const k = this.k;
    if (line.startsWith(' ')) return; // HISTCONTROL=ignoreboth on Fedora/openSUSE defaults
    k.history.push(line);
    if (k.history.length > MAX_HISTORY) {
      k.history.shift();
      k.historyBase++;
    }
  }

  runText(line: string, depth: number): number {
    const q = unbalanced(line);
    if (q) {
      this.write(`bash: unexpected EOF while looking for matching \`${q}'\n`);
      return 2;
    }
    let list: ListItem[];
    try {
      list = parseLine(this.k, line);
    } catch (e) {
      if (e instanceof SyntaxError_) {
        this.write(`bash: syntax error near unexpected token \`${e.message}'\n`);
        return 2;
      }
      throw e;
    }
    let status = 0;
    let skip: Connector | null = null;
    for (const item of list) {
      const run = skip === null || skip === ';' || (skip === '&&' && status === 0) || (skip === '||' && status !== 0);
      if (run) {
        status = this.runPipeline(item.pipeline, depth);
        this.k.lastExit = status;
      }
      if (this.k.pending) return status; // a question stops the rest of the line
      skip = item.next;
    }
    return status;
  }

  private io(cred: Cred, sudo: boolean, stdin: string | null, out: (s: string) => void, tty: boolean): Io {
    return {
      k: this.k,
      cred,
      sudo,
      stdin,
      tty,
      out,
      clear: () => this.markCleared(),
      err: (s) => this.write(s),
      ask: (question, answer, interrupt) => {
        this.k.pending = { question, answer, interrupt };
        return 0;
      },
    };
  }

  private runPipeline(stages: Simple[], depth: number): number {
    let input: string | null = null;
    let status = 0;
    for (let i = 0; i < stages.length; i++) {
      const last = i === stages.length - 1;
      const captured: string[] = [];
      const s = stages[i];
      const r = this.openRedirs(s.redirs);
      if (r === null) {
        status = 1;
        input = '';
        continue;
      }
      let sink: (x: string) => void;
      if (r.outFile) sink = (x) => captured.push(x);
      else if (last) sink = (x) => this.write(x);
      else sink = (x) => captured.push(x);
      const stdin = r.inData ?? (i > 0 ? (input ?? '') : null);
      const tty = last && !r.outFile;
      status = s.words.length ? this.exec(s.words, this.k.cred(), false, stdin, sink, depth, tty) : 0;
      if (r.outFile) {
        try {
          this.k.fs.writeFile(r.outFile, this.k.cwd, this.k.cred(), captured.join(''), true);
        } catch (e) {
          this.write(`bash: ${r.outFile}: ${errText(e)}\n`);
          status = 1;
        }
        input = '';
      } else input = captured.join('');
      if (this.k.pending) break;
    }
    return status;
  }

  /** The calling shell opens redirections, as the user, before the command runs (§1.2). */
  private openRedirs(redirs: Redir[]): { outFile?: string; inData?: string } | null {
    const k = this.k;
    const res: { outFile?: string; inData?: string } = {};
    for (const r of redirs) {
      if (r.file === '') {
        this.write('bash: : No such file or directory\n');
        return null;
      }
      try {
        if (r.op === '<') {
          const n = k.fs.get(r.file, k.cwd, k.cred());
          if (n.t === 'd') throw new FsError('EISDIR');
          k.fs.checkRead(n, k.cred());
          res.inData = n.data ?? '';
        } else {
          k.fs.writeFile(r.file, k.cwd, k.cred(), '', r.op === '>>');
          res.outFile = r.file;
        }
      } catch (e) {
        this.write(`bash: ${r.file}: ${errText(e)}\n`);
        return null;
      }
    }
    return res;
  }

  /** Finds what a command name runs: a builtin, or a program file on PATH. */
  lookup(
    name: string,
    cred: Cred,
  ):
    | { kind: 'builtin' }
    | { kind: 'file'; path: string; impl: string | null }
    | { kind: 'denied'; path: string }
    | null {
    const k = this.k;
    if (BUILTINS.includes(name)) return { kind: 'builtin' };
    const path = cred.user === 'root' && !k.rootShell ? k.sysmod.rootPath : k.env.PATH; // sudo uses secure_path
    const candidates = name.includes('/')
      ? [name]
      : path
          .split(':')
          .filter(Boolean)
          .map((d) => joinPath(d, name));
    for (const p of candidates) {
      let n: Node;
      try {
        n = k.fs.get(p, k.cwd, cred);
      } catch {
        continue;
      }
      if (n.t !== 'f') continue;
      if (!k.fs.canExec(n, cred)) return { kind: 'denied', path: p };
      const m = /^ELF sim:(\S+)/.exec(n.data ?? '');
      return { kind: 'file', path: p, impl: m ? m[1] : null };
    }
    return null;
  }

  commandNames(): string[] {
    const names = new Set<string>(BUILTINS);
    for (const d of this.k.env.PATH.split(':').filter(Boolean)) {
      const n = this.k.fs.tryGet(d, '/', this.k.cred());
      if (n?.t === 'd') for (const [name, f] of n.kids!) if (f.t !== 'd') names.add(name);
    }
    return [...names].sort();
  }

  impl(name: string): CmdFn | undefined {
    const own = this.k.sysmod.commands;
    if (Object.hasOwn(own, name)) return own[name];
    if (Object.hasOwn(COREUTILS, name)) return COREUTILS[name];
    return undefined;
  }

  exec(
    words: string[],
    cred: Cred,
    sudo: boolean,
    stdin: string | null,
    out: (s: string) => void,
    depth: number,
    tty: boolean,
  ): number {
    const [name, ...args] = words.map((w) =>
      w.includes(EXIT_MARK) ? w.split(EXIT_MARK).join(String(this.k.lastExit)) : w,
    );
    const io = this.io(cred, sudo, stdin, out, tty);
    if (name === 'sudo') return this.sudo(io, args, depth);
    const found = this.lookup(name, cred);
    if (found === null) {
      if (sudo) {
        io.err(`sudo: ${name}: command not found\n`);
        return 1;
      }
      io.err(`bash: ${name}: command not found\n`);
      if (name.length < 64 && !this.k.sysmod.pkgVersion(name)) io.err(this.hint());
      return 127;
    }
    if (found.kind === 'denied') {
      io.err(sudo ? `sudo: ${found.path}: command not found\n` : `bash: ${found.path}: Permission denied\n`);
      return sudo ? 1 : 126;
    }
    if (found.kind === 'builtin') {
      if (sudo) {
        io.err(`sudo: ${name}: command not found\n`);
        return 1;
      }
      return this.builtin(io, name, args, depth);
    }
    const fn = found.impl ? this.impl(found.impl) : undefined;
    const version = found.impl ? this.k.sysmod.pkgVersion(found.impl) : undefined;
    if (!fn && version && (args[0] === '--version' || args[0] === '-V' || args[0] === '-v')) {
      io.out(`${found.impl} ${version}\n`);
      return 0;
    }
    if (!fn) {
      io.err(`${name}: this program is installed (${found.path}), but the simulator does not emulate it\n`);
      return 0;
    }
    try {
      return fn(io, args);
    } catch (e) {
      if (e instanceof FsError) {
        io.err(`${name}: ${errText(e)}\n`);
        return 1;
      }
      throw e;
    }
  }

  private hint(): string {
    const installed = new Set(this.commandNames());
    const names = [...new Set([...Object.keys(COREUTILS), ...Object.keys(this.k.sysmod.commands), ...BUILTINS])]
      .filter((n) => installed.has(n) || this.lookup(n, ROOT) !== null)
      .sort();
    const lines: string[] = [];
    let cur = 'Simulated commands:';
    for (const n of names) {
      if ((cur + ' ' + n).length > 78) {
        lines.push(cur);
        cur = ' ';
      }
      cur += ' ' + n;
    }
    lines.push(cur);
    return lines.join('\n') + '\n';
  }

  private sudo(io: Io, args: string[], depth: number): number {
    const k = this.k;
    while (args[0] === '-E' || args[0] === '-H' || (args[0] === '-u' && args[1] === 'root'))
      args = args.slice(args[0] === '-u' ? 2 : 1);
    if (args.length === 0) {
      io.err(
        'usage: sudo -h | -K | -k | -V\nusage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]\nusage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]\n            [-u user] [command [arg ...]]\nusage: sudo [-ABbEHkNnPS] [-C num] [-D directory] [-g group] [-h host] [-p\n            prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i | -s]\n            [command [arg ...]]\n',
      );
      return 1;
    }
    if (
      (args[0] === '-i' || args[0] === '-s' || (args[0] === 'su' && (args.length === 1 || args[1] === '-'))) &&
      args.length <= 2
    ) {
      k.rootShell = true;
      const cwd = k.cwd;
      k.resetEnv();
      // The kernel's cwd is physical; $PWD keeps the logical home (/root may be a symlink).
      const home = k.home('root');
      const canon = k.fs.tryGet(home) ? k.fs.resolve(home, '/', ROOT, true).path : '/';
      k.cwd = args[0] !== '-s' ? canon : cwd;
      k.env.PWD = args[0] !== '-s' && canon !== '/' ? home : k.cwd;
      return 0;
    }
    if (args[0].startsWith('-')) {
      io.err(`sudo: invalid option -- '${args[0].slice(1, 2)}'\n`);
      return 1;
    }
    if (depth >= MAX_DEPTH) return 1;
    return this.exec(args, ROOT, true, io.stdin, io.out, depth + 1, io.tty);
  }

  private builtin(io: Io, name: string, args: string[], depth: number): number {
    const k = this.k;
    switch (name) {
      case 'cd': {
        const target = args[0] === undefined ? k.env.HOME : args[0] === '-' ? (k.env.OLDPWD ?? k.cwd) : args[0];
        if (args.length > 1) {
          io.err('bash: cd: too many arguments\n');
          return 1;
        }
        try {
          const r = k.fs.resolve(target, k.cwd, io.cred, true);
          if (!r.node) throw new FsError('ENOENT');
          if (r.node.t !== 'd') throw new FsError('ENOTDIR');
          if (!k.fs.canExec(r.node, io.cred)) throw new FsError('EACCES');
          k.env.OLDPWD = k.cwd;
          k.cwd = r.path;
          k.env.PWD = r.path;
          if (args[0] === '-') io.out(r.path + '\n');
          return 0;
        } catch (e) {
          io.err(`bash: cd: ${target}: ${errText(e)}\n`);
          return 1;
        }
      }
      case 'pwd':
        io.out(logicalCwd(k) + '\n');
        return 0;
      case 'echo':
        return COREUTILS.echo(io, args);
      case 'true':
        return 0;
      case 'false':
        return 1;
      case 'export': {
        for (const a of args) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(a);
          if (m) {
            if (m[1] === 'PATH' || m[1] === 'HOME') continue; // the simulated session keeps its own PATH and HOME
            k.env[m[1]] = m[2].slice(0, 256);
          } else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) {
            io.err(`bash: export: \`${a}': not a valid identifier\n`);
            return 1;
          }
        }
        return 0;
      }
      case 'history': {
        if (args[0] === '-c') {
          k.history = [];
          return 0;
        }
        const n = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) : k.history.length;
        const start = Math.max(0, k.history.length - n);
        for (let i = start; i < k.history.length; i++)
          io.out(`${String(k.historyBase + i).padStart(5)}  ${k.history[i]}\n`);
        return 0;
      }
      case 'exit':
      case 'logout':
        if (k.rootShell) {
          k.rootShell = false;
          io.out('logout\n');
          k.cwd = k.env.OLDPWD && k.fs.tryGet(k.env.OLDPWD) ? k.env.OLDPWD : k.home(k.user);
          k.resetEnv();
          return 0;
        }
        io.out('logout\n');
        io.err('(simulator: this session stays open; type `reboot` to restart the machine)\n');
        return 0;
      case 'type':
      case 'command': {
        let status = 0;
        const names = args.filter((a) => !a.startsWith('-'));
        for (const n of names) {
          const f = this.lookup(n, io.cred);
          if (f?.kind === 'builtin') io.out(name === 'type' ? `${n} is a shell builtin\n` : `${n}\n`);
          else if (f?.kind === 'file') io.out(name === 'type' ? `${n} is ${f.path}\n` : `${f.path}\n`);
          else {
            if (name === 'type') io.err(`bash: type: ${n}: not found\n`);
            status = 1;
          }
        }
        if (name === 'command' && !args.includes('-v') && names.length)
          return this.exec(names, io.cred, false, io.stdin, io.out, depth + 1, io.tty);
        return status;
      }
      case 'help':
        io.out(this.helpText());
        return 0;
    }
    return 0;
  }

  private helpText(): string {
    const sys = this.k.sysmod;
    return [
      `This is a simulated ${sys.name} machine. Nothing here touches a real system.`,
      'Shell: quoting, ; && || | > >> < ~ * and $VARS, sudo (also sudo -i), cd, history, clear.',
      '',
      this.hint().trimEnd(),
      '',
      "Try writing to /usr, then use the system's own tool to change it and reboot.",
      '',
    ].join('\n');
  }

  markCleared(): void {
    this.cleared = true;
    this.buf = [];
    this.size = 0;
  }
}
